// pnpm bench:http — the production server on PostgreSQL with the demo data, loaded with autocannon.
//
// Creates a throwaway database on the PostgreSQL server at TEST_DATABASE_URL (default the local
// server) with the demo data, starts the API as `pnpm start` does (a child process, so the load
// generator and the server do not share a core's time slices more than the machine forces), signs
// in as the demo mentee and measures a bare procedure, /health and the signed-in reads in one run.
// Prints one JSON line per request and a summary line with the ratios the targets are stated in.
//
//   pnpm bench:http [--duration 10] [--connections 50]
import { type ChildProcess, execSync, spawn } from 'node:child_process';
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
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
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
  non2xx: number;
  errors: number;
}

async function measure(origin: string, name: string, path: string, cookie?: string): Promise<Measured> {
  const result = await autocannon({
    url: `${origin}${path}`,
    connections,
    duration,
    headers: cookie ? { cookie } : {},
  });
  return {
    name,
    path,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
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
    },
    detached: true,
  });
  try {
    await waitForHealth(origin, server);
    const cookie = await signIn(origin, 'mentee@preceptor.test');
    const runs: Measured[] = [];
    const plan: [string, string, string | undefined][] = [
      ['health', '/health', undefined],
      ['auth.me (anonymous, bare procedure)', '/trpc/auth.me', undefined],
      ['auth.me (signed in)', '/trpc/auth.me', cookie],
      ['notifications.unreadCount', '/trpc/notifications.unreadCount', cookie],
      ['reflections.myJournal', '/trpc/reflections.myJournal', cookie],
      ['modules.myModules', '/trpc/modules.myModules', cookie],
    ];
    for (const [name, path, withCookie] of plan) {
      const run = await measure(origin, name, path, withCookie);
      runs.push(run);
      console.log(JSON.stringify(run));
    }
    const [health, bare, ...signedIn] = runs as [Measured, Measured, ...Measured[]];
    const worst = signedIn.reduce((a, b) => (b.requestsPerSecond < a.requestsPerSecond ? b : a));
    console.log(
      JSON.stringify({
        summary: true,
        connections,
        durationSeconds: duration,
        bareToHealth: +(bare.requestsPerSecond / health.requestsPerSecond).toFixed(2),
        worstSignedInToBare: +(worst.requestsPerSecond / bare.requestsPerSecond).toFixed(2),
        worstSignedIn: worst.name,
        maxSignedInP99Ms: Math.max(...signedIn.map((run) => run.latencyP99Ms)),
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
