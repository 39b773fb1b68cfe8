import { seedDemoData } from '@preceptor/db/seed';
import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/sessions.ts';
import {
  client as clientOf,
  freePort,
  type ServerProcess,
  sessionCookieOf,
  signIn,
  startServer,
  stopServer,
  until,
} from '../testing/server-processes.ts';

/*
 * The read cache across two real server processes on one PostgreSQL database: process A signs a
 * person in and caches their session and reads; the change is made through process B (or, for a
 * notification, straight in the database as a job would); A must show it within moments — the
 * database's NOTIFY reaches A's listener — or the test times out.
 */

const METRICS_TOKEN = 'read-cache-test-metrics-token';
/** How long A may take to show a change made elsewhere (the notification's trip, on a busy machine). */
const PROPAGATION_MS = 2_000;

let db: TestDatabase;
let one: ServerProcess;
let two: ServerProcess;
let publicOrigin = '';
let adminCookie = '';

const client = (server: ServerProcess, cookie?: string) => clientOf(server, publicOrigin, cookie);
const soon = (check: () => Promise<boolean>) => until(check, PROPAGATION_MS, 25);

async function signedIn(server: ServerProcess, email: string): Promise<string> {
  const response = await signIn(server, publicOrigin, email, 'preceptor-demo');
  const cookie = sessionCookieOf(response);
  if (response.status !== 200 || !cookie)
    throw new Error(`Signing in as ${email} failed: ${response.status}`);
  return cookie;
}

/** One process's read-cache figures from /metrics. */
async function cacheMetrics(server: ServerProcess): Promise<Record<string, number>> {
  const text = await (
    await fetch(`${server.origin}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  const figures: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const match = /^preceptor_read_cache_(\S+) (\S+)$/.exec(line);
    if (match) figures[match[1] as string] = Number(match[2]);
  }
  return figures;
}

async function personId(email: string): Promise<string> {
  return (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  if (!db.url) return;
  await seedDemoData(db.prisma);
  const ports = [await freePort(), await freePort()];
  publicOrigin = `http://127.0.0.1:${ports[0]}`;
  const env = {
    DATABASE_URL: db.url,
    PRECEPTOR_DEMO: 'true',
    PUBLIC_ORIGIN: publicOrigin,
    RUN_JOBS: 'false',
    METRICS_TOKEN,
  };
  [one, two] = (await Promise.all(ports.map((port) => startServer(port, env)))) as [
    ServerProcess,
    ServerProcess,
  ];
  const admin = await personId('admin@preceptor.test');
  adminCookie = `preceptor_session=${(await createSession(db.prisma, admin, { ipAddress: null, userAgent: 'test' })).token}`;
  await until(async () => (await cacheMetrics(one)).active === 1, 30_000);
}, 180_000);

afterAll(async () => {
  await Promise.all([one, two].filter(Boolean).map(stopServer));
  await db?.drop();
});

describe('the read cache across two server processes', () => {
  it('refuses a deactivated person on the other process at once', async (ctx) => {
    if (!db.url) return ctx.skip('needs the PostgreSQL test server');
    const cookie = await signedIn(one, 'mentor2@preceptor.test');
    expect((await client(one, cookie).auth.me.query())?.email).toBe('mentor2@preceptor.test');
    expect((await client(one, cookie).auth.me.query())?.email).toBe('mentor2@preceptor.test');
    await client(two, adminCookie).people.setActive.mutate({
      personId: await personId('mentor2@preceptor.test'),
      active: false,
    });
    await soon(async () => (await client(one, cookie).auth.me.query()) === null);
  });

  it('drops a removed staff role on the other process at once', async (ctx) => {
    if (!db.url) return ctx.skip('needs the PostgreSQL test server');
    const cookie = await signedIn(one, 'coordinator2@preceptor.test');
    const before = await client(one, cookie).auth.me.query();
    expect(before?.coordinatedHospitalIds.length).toBeGreaterThan(0);
    await client(one, cookie).cohorts.list.query();
    const coordinator = await personId('coordinator2@preceptor.test');
    const roles = await client(two, adminCookie).hospitals.staffRoles.query();
    for (const role of roles.filter((r) => r.userId === coordinator)) {
      await client(two, adminCookie).hospitals.revokeStaffRole.mutate({ roleId: role.id });
    }
    await soon(async () => (await client(one, cookie).auth.me.query())?.staffRoles.length === 0);
    await expect(client(one, cookie).cohorts.list.query()).rejects.toThrow(/program staff/);
  });

  it('ends a session signed out on the other process', async (ctx) => {
    if (!db.url) return ctx.skip('needs the PostgreSQL test server');
    const cookie = await signedIn(one, 'mentor@preceptor.test');
    expect(await client(one, cookie).auth.me.query()).not.toBeNull();
    await client(two, cookie).auth.signOut.mutate();
    await soon(async () => (await client(one, cookie).auth.me.query()) === null);
  });

  it('shows a new notification, a reflection written elsewhere and a changed curriculum', async (ctx) => {
    if (!db.url) return ctx.skip('needs the PostgreSQL test server');
    const cookie = await signedIn(one, 'mentee@preceptor.test');
    const mentee = await personId('mentee@preceptor.test');
    const a = client(one, cookie);

    const { unread } = await a.notifications.unreadCount.query();
    expect((await a.notifications.unreadCount.query()).unread).toBe(unread);
    // As a scheduled job in a third process would.
    await db.prisma.notification.create({ data: { userId: mentee, kind: 'test', title: 'From elsewhere' } });
    await soon(async () => (await a.notifications.unreadCount.query()).unread === unread + 1);

    const journal = await a.reflections.myJournal.query();
    expect(await a.reflections.myJournal.query()).toHaveLength(journal.length);
    await client(two, cookie).reflections.create.mutate({ title: 'Written on the other process' });
    await soon(async () =>
      (await a.reflections.myJournal.query()).some((entry) => entry.title === 'Written on the other process'),
    );

    const modules = await a.modules.myModules.query();
    expect(modules.length).toBeGreaterThan(0);
    const cohort = await db.prisma.cohort.findFirstOrThrow({
      where: { status: { not: 'CLOSED' }, memberships: { some: { userId: mentee, role: 'MENTEE' } } },
    });
    const curriculum = await client(two, adminCookie).modules.curriculum.query({ cohortId: cohort.id });
    const dropped = curriculum.items.at(-1);
    expect(dropped).toBeDefined();
    await client(two, adminCookie).modules.setCurriculum.mutate({
      cohortId: cohort.id,
      sequential: curriculum.sequential,
      items: curriculum.items.slice(0, -1).map((item) => ({ moduleId: item.moduleId, dueAt: item.dueAt })),
    });
    await soon(async () =>
      (await a.modules.myModules.query()).every((module) => module.moduleId !== dropped?.moduleId),
    );
    // Not a vacuous pass: A really answered from its cache in between.
    expect((await cacheMetrics(one))['reads_total{outcome="hit"}']).toBeGreaterThan(0);
  });

  it('reads the database while its listener is down, and listens again', async (ctx) => {
    if (!db.url) return ctx.skip('needs the PostgreSQL test server');
    const cookie = await signedIn(one, 'mentor@preceptor.test');
    const mentor = await personId('mentor@preceptor.test');
    const a = client(one, cookie);
    const { unread } = await a.notifications.unreadCount.query();
    await a.notifications.unreadCount.query();
    const before = await cacheMetrics(one);
    expect(before.active).toBe(1);

    await db.prisma.$queryRaw`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = 'preceptor read-cache listener' AND datname = current_database()`;
    await until(() => one.output.includes('The read cache lost its database connection'), 10_000, 10);
    // Made while the listener is down: no message will ever tell A. Seen on the very next read.
    await db.prisma.notification.create({ data: { userId: mentor, kind: 'test', title: 'While down' } });
    expect((await a.notifications.unreadCount.query()).unread).toBe(unread + 1);

    await until(
      async () => (await cacheMetrics(one)).connects_total === (before.connects_total ?? 0) + 1,
      15_000,
      50,
    );
    expect((await cacheMetrics(one)).active).toBe(1);
    // Listening again: reads are cached, and a change still reaches A through its new connection.
    await a.notifications.unreadCount.query();
    const hitsBefore = (await cacheMetrics(one))['reads_total{outcome="hit"}'] ?? 0;
    await db.prisma.notification.create({ data: { userId: mentor, kind: 'test', title: 'After' } });
    await soon(async () => (await a.notifications.unreadCount.query()).unread === unread + 2);
    await a.notifications.unreadCount.query();
    expect((await cacheMetrics(one))['reads_total{outcome="hit"}']).toBeGreaterThan(hitsBefore);
  });
});
