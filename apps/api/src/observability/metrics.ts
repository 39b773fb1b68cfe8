import type { PrismaClient } from '@preceptor/db';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ReadCacheStats } from '../cache/read-cache.ts';

/**
 * What /metrics reports, in Prometheus's text format. Counters and histograms are this
 * process's (Prometheus sums them over the processes it scrapes); the outbox and queue gauges are
 * read from the database at scrape time, so every process reports the same, whole figure.
 */
export interface Metrics {
  registry: Registry;
  observeProcedure(path: string, outcome: 'ok' | 'error', seconds: number): void;
  observeJob(name: string, outcome: 'done' | 'failed', seconds: number): void;
}

export interface MetricsSources {
  db: PrismaClient;
  /** Seconds the oldest due job has waited, or null when there is no job queue. */
  jobLagSeconds: () => Promise<number | null>;
  /** The process's read cache figures, or null when it has none. */
  readCache?: () => ReadCacheStats | null;
}

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'preceptor_process_' });
  const procedures = new Histogram({
    name: 'preceptor_trpc_procedure_duration_seconds',
    help: 'Time spent in each tRPC procedure, by procedure and outcome.',
    labelNames: ['procedure', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const jobs = new Counter({
    name: 'preceptor_jobs_total',
    help: 'Job runs finished by this process, by job and outcome (done, failed).',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
  });
  const jobDurations = new Histogram({
    name: 'preceptor_job_duration_seconds',
    help: 'Time each job run took, by job.',
    labelNames: ['job'] as const,
    buckets: [0.05, 0.25, 1, 5, 15, 60, 300],
    registers: [registry],
  });
  new Gauge({
    name: 'preceptor_job_lag_seconds',
    help: 'How long the oldest due job has been waiting for a worker (0 when none is).',
    registers: [registry],
    async collect() {
      const lag = await sources.jobLagSeconds();
      if (lag !== null) this.set(lag);
    },
  });
  new Gauge({
    name: 'preceptor_emails',
    help: 'Emails in the outbox by status (queued, digest, sent, failed).',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const counts = await sources.db.outboxEmail.groupBy({ by: ['status'], _count: { _all: true } });
      for (const status of ['queued', 'digest', 'sent', 'failed'] as const) {
        this.set({ status }, counts.find((row) => row.status === status)?._count._all ?? 0);
      }
    },
  });
  new Gauge({
    name: 'preceptor_email_oldest_queued_seconds',
    help: 'Age of the oldest email still waiting to be sent (0 when none is).',
    registers: [registry],
    async collect() {
      this.set(await oldestQueuedEmailSeconds(sources.db));
    },
  });
  registerReadCacheMetrics(registry, sources.readCache ?? (() => null));
  return {
    registry,
    observeProcedure: (path, outcome, seconds) => procedures.observe({ procedure: path, outcome }, seconds),
    observeJob(name, outcome, seconds) {
      jobs.inc({ job: name, outcome });
      jobDurations.observe({ job: name }, seconds);
    },
  };
}

/** Age in seconds of the oldest email still queued; 0 when the outbox has none. */
export async function oldestQueuedEmailSeconds(db: PrismaClient): Promise<number> {
  const oldest = await db.outboxEmail.findFirst({
    where: { status: 'queued' },
    orderBy: { queuedAt: 'asc' },
    select: { queuedAt: true },
  });
  return oldest ? Math.max(0, (Date.now() - oldest.queuedAt.getTime()) / 1000) : 0;
}

/** This process's read cache: whether its feed is connected, its size, its reads and messages. */
function registerReadCacheMetrics(registry: Registry, stats: () => ReadCacheStats | null): void {
  new Gauge({
    name: 'preceptor_read_cache_active',
    help: 'Whether the read cache is in use (1): its LISTEN connection is up. 0: every read goes to the database.',
    registers: [registry],
    collect() {
      const now = stats();
      if (now) this.set(now.active ? 1 : 0);
    },
  });
  new Gauge({
    name: 'preceptor_read_cache_entries',
    help: 'Values held by the read cache.',
    registers: [registry],
    collect() {
      const now = stats();
      if (now) this.set(now.size);
    },
  });
  // Counted by the cache itself; each scrape reports its running totals.
  new Counter({
    name: 'preceptor_read_cache_reads_total',
    help: 'Reads through the read cache by outcome: hit, miss (read from the database, then kept), bypassed (feed down).',
    labelNames: ['outcome'] as const,
    registers: [registry],
    collect() {
      const now = stats();
      if (!now) return;
      this.reset();
      this.inc({ outcome: 'hit' }, now.hits);
      this.inc({ outcome: 'miss' }, now.misses);
      this.inc({ outcome: 'bypassed' }, now.bypassed);
    },
  });
  new Counter({
    name: 'preceptor_read_cache_invalidations_total',
    help: 'Change messages the read cache received from the database.',
    registers: [registry],
    collect() {
      const now = stats();
      if (!now) return;
      this.reset();
      this.inc(now.invalidations);
    },
  });
  new Counter({
    name: 'preceptor_read_cache_connects_total',
    help: 'Times the read cache connected its LISTEN connection (1 after start-up; more after reconnects).',
    registers: [registry],
    collect() {
      const now = stats();
      if (!now) return;
      this.reset();
      this.inc(now.connects);
    },
  });
}
