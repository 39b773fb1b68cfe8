import { createPrismaClient, type Database, migrateDatabase } from '@preceptor/db';
import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../server.ts';
import { refreshReportRollup } from '../services/reports/rollup/refresh-rollup.ts';
import { testServiceContext } from '../testing/service-context.ts';
import { type JobQueue, startJobQueue } from './job-queue.ts';
import type { Schedule } from './schedules.ts';

/* pg-boss on PostgreSQL and on the embedded database: retries, once across processes, graceful stop. */

const quiet = { info() {}, error() {} };
const FAST = { pollingIntervalSeconds: 0.5, retry: { retryLimit: 3, retryDelay: 1, retryBackoff: false } };

function until(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) resolve();
      else if (Date.now() > deadline) reject(new Error('timed out'));
      else setTimeout(tick, 100);
    };
    tick();
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function start(database: Database, url: string | null, schedules: Schedule[]): Promise<JobQueue> {
  return startJobQueue({
    database,
    connectionString: url,
    schedules,
    context: () => testServiceContext(database.prisma),
    log: quiet,
    ...FAST,
  });
}

describe('the job queue on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
  });

  it('retries a failed run, and two processes run each job once', async () => {
    let runs = 0;
    const flaky: Schedule = {
      name: 'test.flaky',
      cron: '0 0 1 1 *',
      async run() {
        runs++;
        if (runs === 1) throw new Error('first try fails');
        return { ok: true };
      },
    };
    // Two queues on one database stand for two server processes.
    const [one, two] = await Promise.all([
      start(db.database, db.url, [flaky]),
      start(db.database, db.url, [flaky]),
    ]);
    try {
      expect(await one.runNow('test.flaky')).toBeTruthy();
      await until(() => runs >= 2);
      await sleep(2500); // long enough for a duplicate run to show up
      expect(runs).toBe(2);
      expect(await one.lagSeconds()).toBe(0);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  }, 60_000);

  it('stops with the server: closing Fastify lets the running job finish first', async () => {
    let queue: JobQueue | undefined;
    let finished = false;
    let started = false;
    const slow: Schedule = {
      name: 'test.server-close',
      cron: '0 0 1 1 *',
      async run() {
        started = true;
        await sleep(1500);
        finished = true;
      },
    };
    const server = await buildServer({
      prisma: db.prisma,
      startJobs: async () => {
        queue = await start(db.database, db.url, [slow]);
        return queue;
      },
    });
    const health = await server.inject({ url: '/health' });
    expect(health.json()).toMatchObject({ queue: { running: true, jobLagSeconds: expect.any(Number) } });
    await queue?.runNow('test.server-close');
    await until(() => started);
    await server.close();
    expect(finished).toBe(true);
  }, 60_000);

  it('lets a running job finish when it stops', async () => {
    let finished = false;
    let started = false;
    const slow: Schedule = {
      name: 'test.slow',
      cron: '0 0 1 1 *',
      async run() {
        started = true;
        await sleep(1500);
        finished = true;
      },
    };
    const queue = await start(db.database, db.url, [slow]);
    await queue.runNow('test.slow');
    await until(() => started);
    await queue.stop();
    expect(finished).toBe(true);
  }, 60_000);
});

describe('the job queue on the embedded database', () => {
  let database: Database;
  beforeAll(async () => {
    database = createPrismaClient({ dataDir: 'memory://' });
    await migrateDatabase(database);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it('runs a job through PGlite while the app uses the same database', async () => {
    let runs = 0;
    const counting: Schedule = {
      name: 'test.embedded',
      cron: '0 0 1 1 *',
      async run(ctx) {
        runs++;
        return { people: await ctx.db.user.count() };
      },
    };
    const queue = await start(database, null, [counting]);
    try {
      await queue.runNow('test.embedded');
      await until(() => runs === 1);
      expect(await queue.lagSeconds()).toBe(0);
    } finally {
      await queue.stop();
    }
  }, 60_000);

  it('runs a run-at-start schedule when it starts: the reports rollup, on PGlite', async () => {
    const rollup: Schedule = {
      name: 'test.rollup-at-start',
      cron: '0 0 1 1 *',
      run: refreshReportRollup,
      runAtStart: true,
    };
    const queue = await start(database, null, [rollup]);
    try {
      let rows = 0;
      const deadline = Date.now() + 30_000;
      while (rows === 0 && Date.now() < deadline) {
        await sleep(250);
        rows = await database.prisma.reportRollup.count();
      }
      // Six sections, for every profession together and for each of seven.
      expect(rows).toBe(6 * 8);
    } finally {
      await queue.stop();
    }
  }, 60_000);
});
