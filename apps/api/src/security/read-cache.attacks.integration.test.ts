// Attacks on the read cache, played over real HTTP: a second server on the same PostgreSQL
// database holds sessions in its cache (as every replica does); a person deactivated, or a
// coordinator whose role is revoked, through the first server keeps trying on the second one.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { FastifyInstance } from 'fastify';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/sessions.ts';
import { type CacheListener, startCacheListener } from '../cache/cache-listener.ts';
import { ReadCache } from '../cache/read-cache.ts';
import type { AppRouter } from '../routers/app-router.ts';
import { buildServer } from '../server.ts';
import { until } from '../testing/server-processes.ts';
import { outcomeCode, startTestApp, type TestApp } from '../testing/test-app.ts';

/** Milliseconds normally; the bound leaves room for a machine busy with other work. */
const PROPAGATION_MS = 2_000;

let app: TestApp;
let replica: FastifyInstance | null = null;
let listener: CacheListener | null = null;
const cache = new ReadCache();
let replicaOrigin = '';

beforeAll(async () => {
  app = await startTestApp();
  if (!app.databaseUrl) return;
  listener = await startCacheListener(cache, { kind: 'postgresql', connectionString: app.databaseUrl });
  replica = await buildServer({ prisma: app.prisma, readCache: cache });
  await replica.listen({ port: 0, host: '127.0.0.1' });
  const address = replica.server.address();
  if (!address || typeof address === 'string') throw new Error('The replica has no port');
  replicaOrigin = `http://127.0.0.1:${address.port}`;
  await until(() => cache.active, 10_000, 20);
}, 120_000);

afterAll(async () => {
  await replica?.close();
  await listener?.close();
  await app?.close();
});

/** The attacker's client of the replica, holding a session cookie of the victim's account. */
async function replicaClientFor(email: string) {
  const { token } = await createSession(app.prisma, await app.userId(email), {
    ipAddress: null,
    userAgent: 'attacker',
  });
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${replicaOrigin}/trpc`,
        transformer: superjson,
        headers: () => ({ origin: replicaOrigin, cookie: `preceptor_session=${token}` }),
      }),
    ],
  });
}

describe('read cache attacks', () => {
  it("refuses a deactivated person's existing session on another server right after deactivation", async (ctx) => {
    if (!app.databaseUrl) return ctx.skip('needs the PostgreSQL test server');
    const attacker = await replicaClientFor('mentee2@preceptor.test');
    // The session is cached on the replica: the second read is a hit.
    expect(await outcomeCode(attacker.reflections.myJournal.query())).toBeNull();
    const hits = cache.stats().hits;
    expect(await outcomeCode(attacker.reflections.myJournal.query())).toBeNull();
    expect(cache.stats().hits).toBeGreaterThan(hits);

    const admin = await app.clientFor('admin@preceptor.test');
    await admin.people.setActive.mutate({
      personId: await app.userId('mentee2@preceptor.test'),
      active: false,
    });

    await until(
      async () => (await outcomeCode(attacker.reflections.myJournal.query())) === 'UNAUTHORIZED',
      PROPAGATION_MS,
      10,
    );
    for (let i = 0; i < 5; i++) {
      expect(await outcomeCode(attacker.reflections.myJournal.query())).toBe('UNAUTHORIZED');
      expect(await attacker.auth.me.query()).toBeNull();
    }
  });

  it('refuses staff work on another server right after the role is revoked', async (ctx) => {
    if (!app.databaseUrl) return ctx.skip('needs the PostgreSQL test server');
    const coordinator = await replicaClientFor('coordinator@preceptor.test');
    expect(await outcomeCode(coordinator.people.list.query({}))).toBeNull();
    expect(await outcomeCode(coordinator.people.list.query({}))).toBeNull();

    const admin = await app.clientFor('admin@preceptor.test');
    const coordinatorId = await app.userId('coordinator@preceptor.test');
    for (const role of (await admin.hospitals.staffRoles.query()).filter((r) => r.userId === coordinatorId)) {
      await admin.hospitals.revokeStaffRole.mutate({ roleId: role.id });
    }

    await until(
      async () => (await outcomeCode(coordinator.people.list.query({}))) === 'FORBIDDEN',
      PROPAGATION_MS,
      10,
    );
    expect((await coordinator.auth.me.query())?.coordinatedHospitalIds).toEqual([]);
  });
});
