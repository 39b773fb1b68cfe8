import { timingSafeEqual } from 'node:crypto';
import type { PrismaClient } from '@preceptor/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { JobQueue } from '../jobs/job-queue.ts';
import { type Metrics, oldestQueuedEmailSeconds } from './metrics.ts';

export interface ObservabilityDeps {
  db: PrismaClient;
  jobQueue: () => JobQueue | null;
  metrics: Metrics;
  /** /metrics answers only requests bearing this token; null: /metrics is off (404). */
  metricsToken: string | null;
}

/**
 * GET /health: 200 while the database answers, with the queue's lag (how long the oldest due
 * job and the oldest unsent email have waited), for a load balancer and a person alike.
 * GET /metrics: Prometheus text, behind a bearer token, because it names procedures and volumes.
 */
export function registerHealthAndMetrics(server: FastifyInstance, deps: ObservabilityDeps): void {
  server.get('/health', async (_req, reply) => {
    try {
      await deps.db.$queryRaw`SELECT 1`;
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
    const queue = deps.jobQueue();
    const [jobLagSeconds, oldestEmailSeconds] = await Promise.all([
      queue ? queue.lagSeconds().catch(() => null) : Promise.resolve(null),
      oldestQueuedEmailSeconds(deps.db),
    ]);
    return {
      status: 'ok',
      database: 'ok',
      queue: {
        running: queue !== null,
        jobLagSeconds: jobLagSeconds === null ? null : Math.round(jobLagSeconds),
        oldestQueuedEmailSeconds: Math.round(oldestEmailSeconds),
      },
    };
  });

  server.get('/metrics', async (req, reply) => {
    if (!deps.metricsToken) return reply.code(404).send({ error: 'Not found' });
    if (!bearerMatches(req, deps.metricsToken)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: 'A metrics token is needed.' });
    }
    return reply
      .header('content-type', deps.metrics.registry.contentType)
      .header('cache-control', 'no-store')
      .send(await deps.metrics.registry.metrics());
  });
}

function bearerMatches(req: FastifyRequest, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
