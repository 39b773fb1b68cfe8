import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../server.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

/* /health for load balancers and people; /metrics for Prometheus, only with the token. */

const TOKEN = 'metrics-token-for-the-test-0123456789';
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ metricsToken: TOKEN });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('/metrics', () => {
  it('is off (404) when no token is configured', async () => {
    const server = await buildServer({ prisma: app.prisma });
    expect((await server.inject({ url: '/metrics' })).statusCode).toBe(404);
    await server.close();
  });

  it('refuses a missing or wrong bearer token', async () => {
    expect((await fetch(`${app.origin}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${app.origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const basic = await fetch(`${app.origin}/metrics`, { headers: { authorization: `Basic ${TOKEN}` } });
    expect(basic.status).toBe(401);
  });

  it('reports procedure durations and the outbox in Prometheus format', async () => {
    await app.anonymous().auth.me.query();
    const response = await fetch(`${app.origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await response.text();
    expect(body).toMatch(
      /preceptor_trpc_procedure_duration_seconds_count\{procedure="auth\.me",outcome="ok"\} [1-9]/,
    );
    expect(body).toMatch(/preceptor_emails\{status="queued"\} \d+/);
    expect(body).toContain('preceptor_email_oldest_queued_seconds');
    expect(body).toContain('# TYPE preceptor_jobs_total counter');
  });
});

describe('/health', () => {
  it('reports the database and the queue', async () => {
    const response = await fetch(`${app.origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      database: 'ok',
      queue: { running: false, jobLagSeconds: null, oldestQueuedEmailSeconds: expect.any(Number) },
    });
  });
});
