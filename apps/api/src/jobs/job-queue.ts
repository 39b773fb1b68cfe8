import type { Database } from '@preceptor/db';
import PgBoss from 'pg-boss';
import type { ServiceContext } from '../services/service-context.ts';
import { pgliteExecutor } from './pglite-executor.ts';
import type { Schedule } from './schedules.ts';

/** pino's shape (Fastify's logger), so the queue logs where the server does. */
export interface JobLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Told about every finished run, e.g. to count it in /metrics. */
export type JobObserver = (name: string, outcome: 'done' | 'failed', seconds: number) => void;

export interface JobQueueOptions {
  database: Database;
  /** PostgreSQL's connection string; null on the embedded database. */
  connectionString: string | null;
  schedules: readonly Schedule[];
  /** A context for one run of the named job, acting as the system. */
  context: (jobName: string) => ServiceContext;
  log: JobLog;
  observe?: JobObserver;
  /** How often each process looks for due cron entries and new jobs (seconds; tests shorten them). */
  cronMonitorIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
  /** How a failed run is retried; default RETRY. */
  retry?: PgBoss.RetryOptions;
}

export interface JobQueue {
  /** Queues one run of a scheduled job now (e.g. from a test); resolves to the job's id. */
  runNow(name: string): Promise<string | null>;
  /** Seconds the oldest due job has been waiting; 0 when none is. */
  lagSeconds(): Promise<number>;
  /** Lets running jobs finish (up to `timeout` ms), then stops fetching and disconnects. */
  stop(timeout?: number): Promise<void>;
}

/** Retries: 5 more tries, 30 s then doubling (pg-boss's backoff), before a run counts as failed. */
const RETRY = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;

/**
 * The job queue: pg-boss on the same PostgreSQL (or embedded database) as everything else.
 * Every server process runs one; pg-boss hands each job to exactly one of them (rows fetched
 * with FOR UPDATE SKIP LOCKED), and one process at a time turns due cron entries into jobs, one
 * per entry per minute. Queues are `stately`: at most one run waiting and one running, so a slow
 * run never piles up behind itself.
 */
export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { database, log } = options;
  const connection: PgBoss.ConstructorOptions = options.connectionString
    ? { connectionString: options.connectionString, max: 4 }
    : { db: pgliteExecutor(requirePGlite(database)) };
  const boss = new PgBoss({
    ...connection,
    application_name: 'preceptor-jobs',
    cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds ?? 30,
    monitorStateIntervalSeconds: 60,
  });
  boss.on('error', (error) => log.error({ err: error }, 'Job queue error'));
  await boss.start();

  const byName = new Map(options.schedules.map((schedule) => [schedule.name, schedule]));
  for (const schedule of options.schedules) {
    const queue = { name: schedule.name, policy: 'stately' as const, ...(options.retry ?? RETRY) };
    await retryingRaces(() => boss.createQueue(schedule.name, queue));
    await boss.updateQueue(schedule.name, queue);
    await boss.schedule(schedule.name, schedule.cron, {}, { tz: 'UTC' });
    await boss.work(
      schedule.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([job]) => {
        if (!job) return;
        const started = performance.now();
        try {
          const summary = await schedule.run(options.context(schedule.name));
          const seconds = (performance.now() - started) / 1000;
          options.observe?.(schedule.name, 'done', seconds);
          log.info({ job: schedule.name, id: job.id, seconds, summary }, 'Job done');
          return summary;
        } catch (error) {
          options.observe?.(schedule.name, 'failed', (performance.now() - started) / 1000);
          log.error({ job: schedule.name, id: job.id, err: error }, 'Job failed; pg-boss retries it');
          throw error;
        }
      },
    );
  }
  // A schedule removed from the list stops firing.
  for (const { name } of await boss.getSchedules()) if (!byName.has(name)) await boss.unschedule(name);
  // Stately queues keep one waiting run: two servers starting together queue it once.
  for (const schedule of options.schedules) if (schedule.runAtStart) await boss.send(schedule.name, {});

  return {
    runNow: (name) => boss.send(name, {}),
    async lagSeconds() {
      const [row] = await database.prisma.$queryRaw<{ lag: number | null }[]>`
        SELECT EXTRACT(EPOCH FROM now() - min(start_after))::float8 AS lag
        FROM pgboss.job WHERE state IN ('created', 'retry') AND start_after <= now()`;
      return Math.max(0, row?.lag ?? 0);
    },
    stop: (timeout = 10_000) => boss.stop({ graceful: true, wait: true, timeout }),
  };
}

/**
 * pg-boss creates a queue's partition table without a lock, so two processes starting together
 * can deadlock or collide there (seen in the two-process test). The loser's transaction is rolled
 * back whole; tried again, it finds the queue made and does nothing.
 */
async function retryingRaces(create: () => Promise<void>): Promise<void> {
  const RACE_CODES = new Set(['40P01', '23505', '42P07']);
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= 5 || typeof code !== 'string' || !RACE_CODES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
}

function requirePGlite(database: Database): NonNullable<Database['pglite']> {
  if (!database.pglite) throw new Error('The job queue needs a PostgreSQL URL or the embedded database.');
  return database.pglite;
}
