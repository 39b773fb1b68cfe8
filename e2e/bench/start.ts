// pnpm bench:start — how long `pnpm start` takes to serve, the first time and the next time.
//
// The first start is measured with TURBO_FORCE (every build runs, as on a fresh clone) on a new
// embedded database folder, so it includes building the API and the portal, creating the
// database, migrating it and loading the demo data. The second start changes nothing and reuses
// both builds and the database. Each run ends when /health answers; one JSON line per start.
//
//   pnpm bench:start
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';

const SECOND_START_BUDGET_S = 10;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

interface Measured {
  start: 'first' | 'second';
  secondsToServing: number;
  /** 1-minute load average when the start began and when it served: the machine is shared. */
  loadAverage: [number, number];
}

async function untilServing(origin: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`pnpm start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${origin}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('pnpm start did not serve /health within 600 s');
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  // pnpm → turbo/node: the whole process group, which `detached` made ours alone.
  process.kill(-server.pid, 'SIGTERM');
  await exited;
}

async function measureStart(start: Measured['start'], dataDir: string): Promise<Measured> {
  const port = await getPort({ host: '127.0.0.1' });
  const began = performance.now();
  const loadBefore = +(loadavg()[0] ?? 0).toFixed(1);
  const server = spawn('pnpm', ['start'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      PRECEPTOR_DATA_DIR: dataDir,
      SEED_DEMO_DATA: 'true',
      ...(start === 'first' ? { TURBO_FORCE: 'true' } : {}),
    },
    detached: true,
  });
  try {
    await untilServing(`http://127.0.0.1:${port}`, server);
    return {
      start,
      secondsToServing: +((performance.now() - began) / 1000).toFixed(1),
      loadAverage: [loadBefore, +(loadavg()[0] ?? 0).toFixed(1)],
    };
  } finally {
    await stop(server);
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'preceptor-start-'));
  try {
    const runs: Measured[] = [];
    for (const start of ['first', 'second'] as const) {
      const run = await measureStart(start, dataDir);
      runs.push(run);
      console.log(JSON.stringify(run));
    }
    const second = runs[1] as Measured;
    console.log(
      JSON.stringify({
        summary: true,
        secondStartBudgetSeconds: SECOND_START_BUDGET_S,
        withinBudget: second.secondsToServing <= SECOND_START_BUDGET_S,
      }),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
