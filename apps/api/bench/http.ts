// pnpm bench:http — the production server on PostgreSQL with the demo data, loaded with autocannon.
//
// Creates a throwaway database on the PostgreSQL server at TEST_DATABASE_URL (default the local
// server) with the demo data, starts the API as `pnpm start` does (a child process, so the load
// generator and the server do not share a core's time slices more than the machine forces), signs
// in as the demo mentee and measures a bare procedure, /health and the signed-in reads in one run.
// Prints one JSON line per request and a summary line with the ratios the targets are stated in.
//
// By default each request runs once for --duration seconds, as the targets are stated (50
// connections, 10 s each). On a machine shared with other work, --rounds N splits that time into
// N rounds that take turns with the other requests (health, bare, signed in, health, …), so a
// passing load spike weighs on all of them alike; req/s is then the mean over the rounds and p99
// the median of the rounds' p99s (and the worst round's). Short rounds raise p99 (measured: 5 × 2 s
// gave 62–103 ms where 10 s runs gave 38–50 ms on the same quiet machine), most likely because each
// round's first requests, as the server switches to another code path, fall in its top 1 %. The
// summary also reports the read cache's hits and misses from the server's /metrics, to show the
// signed-in reads were served as in production.
//
//   pnpm bench:http [--duration 10] [--connections 50] [--rounds 1]
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seedDemoData } from '@preceptor/db/seed';

import { createTestDatabase } from '@preceptor/db/testing/test-database';
import autocannon from 'autocannon';
import getPort from 'get-port';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '1' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const rounds = Math.max(1, Number(values.rounds));
const METRICS_TOKEN = 'bench-http-metrics-token-0123456789';
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

async function waitForHealth(origin: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${origin}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The server did not answer /health within 180 s');
}

async function signIn(origin: string, email: string): Promise<string> {
  const response = await fetch(`${origin}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ json: { email, password: 'preceptor-demo' } }),
  });
  const cookie = response.headers.getSetCookie().find((value) => value.includes('session='));
  if (!response.ok || !cookie) throw new Error(`Signing in as ${email} failed: HTTP ${response.status}`);
  return cookie.split(';')[0] as string;
}

interface Measured {
  name: string;
  path: string;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyP99MsWorstRound: number;
  non2xx: number;
  errors: number;
}

interface Round {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function measureRound(origin: string, path: string, seconds: number, cookie?: string): Promise<Round> {
  const result = await autocannon({
    url: `${origin}${path}`,
    connections,
    duration: seconds,
    headers: cookie ? { cookie } : {},
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function summarise(name: string, path: string, measured: Round[]): Measured {
  const sum = (pick: (round: Round) => number) => measured.reduce((total, round) => total + pick(round), 0);
  return {
    name,
    path,
    requestsPerSecond: Math.round(sum((round) => round.requestsPerSecond) / measured.length),
    latencyP50Ms: median(measured.map((round) => round.p50)),
    latencyP99Ms: median(measured.map((round) => round.p99)),
    latencyP99MsWorstRound: Math.max(...measured.map((round) => round.p99)),
    non2xx: sum((round) => round.non2xx),
    errors: sum((round) => round.errors),
  };
}

/** The server's read-cache counters (preceptor_read_cache_*), e.g. { hit: 1234, miss: 5 }. */
async function readCacheCounts(origin: string): Promise<Record<string, number>> {
  const response = await fetch(`${origin}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const counts: Record<string, number> = {};
  for (const line of (await response.text()).split('\n')) {
    const read = /^preceptor_read_cache_reads_total\{outcome="(\w+)"\} (\S+)$/.exec(line);
    if (read) counts[read[1] as string] = Number(read[2]);
    const active = /^preceptor_read_cache_active (\S+)$/.exec(line);
    if (active) counts.active = Number(active[1]);
  }
  return counts;
}

async function main(): Promise<void> {
  // A migrated throwaway database on the test server (TEST_DATABASE_URL), with the demo data.
  const database = await createTestDatabase();
  if (!database.url) throw new Error('bench:http needs a PostgreSQL server (TEST_DATABASE_URL)');
  const url = database.url;
  await seedDemoData(database.prisma);
  await database.prisma.$disconnect();
  // The compiled server, as `pnpm start` runs it (turbo reuses the build when nothing changed).
  execSync('pnpm exec turbo run build --filter=@preceptor/api --output-logs=errors-only', {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const port = await getPort({ host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('pnpm', ['--filter', '@preceptor/api', 'start'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      PRECEPTOR_DEMO: 'true',
      METRICS_TOKEN,
    },
    detached: true,
  });
  try {
    await waitForHealth(origin, server);
    const cookie = await signIn(origin, 'mentee@preceptor.test');
    const plan: [string, string, string | undefined][] = [
      ['health', '/health', undefined],
      ['auth.me (anonymous, bare procedure)', '/trpc/auth.me', undefined],
      ['auth.me (signed in)', '/trpc/auth.me', cookie],
      ['notifications.unreadCount', '/trpc/notifications.unreadCount', cookie],
      ['reflections.myJournal', '/trpc/reflections.myJournal', cookie],
      ['modules.myModules', '/trpc/modules.myModules', cookie],
    ];
    const loadBefore = loadavg()[0] as number;
    const measured: Round[][] = plan.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (const [index, [, path, withCookie]] of plan.entries()) {
        measured[index]?.push(await measureRound(origin, path, duration / rounds, withCookie));
      }
    }
    const runs = plan.map(([name, path], index) => summarise(name, path, measured[index] ?? []));
    for (const run of runs) console.log(JSON.stringify(run));
    const [health, bare, ...signedIn] = runs as [Measured, Measured, ...Measured[]];
    const worst = signedIn.reduce((a, b) => (b.requestsPerSecond < a.requestsPerSecond ? b : a));
    console.log(
      JSON.stringify({
        summary: true,
        connections,
        durationSeconds: duration,
        rounds,
        loadAverage1m: { before: +loadBefore.toFixed(2), after: +(loadavg()[0] as number).toFixed(2) },
        bareToHealth: +(bare.requestsPerSecond / health.requestsPerSecond).toFixed(2),
        worstSignedInToBare: +(worst.requestsPerSecond / bare.requestsPerSecond).toFixed(2),
        worstSignedIn: worst.name,
        maxSignedInP99Ms: Math.max(...signedIn.map((run) => run.latencyP99Ms)),
        readCache: await readCacheCounts(origin),
      }),
    );
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:http failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
