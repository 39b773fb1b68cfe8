import { createPGliteTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMyModules } from '../services/modules/my-modules.ts';
import { countMyUnreadNotifications } from '../services/notifications/my-notifications.ts';
import { listMyJournal } from '../services/reflections/journal-lists.ts';
import type { ActorContext } from '../services/service-context.ts';
import { testActorContext } from '../testing/service-context.ts';
import { type CacheListener, startCacheListener } from './cache-listener.ts';
import { ReadCache } from './read-cache.ts';

/*
 * The embedded database (PGlite, one process): the same triggers fire, and PGlite's own listen()
 * feeds the cache. Services read through the cache as the server's requests do.
 */

let db: TestDatabase;
let listener: CacheListener;
const cache = new ReadCache();
let ctx: ActorContext;
let userId: string;
const due = new Date('2027-03-01T17:30:00.000Z');

/** Polls briefly: PGlite delivers a notification after the statement that commits. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The change never showed');
}

beforeAll(async () => {
  db = await createPGliteTestDatabase();
  const pglite = db.database.pglite;
  if (!pglite) throw new Error('expected an embedded database');
  listener = await startCacheListener(cache, { kind: 'pglite', pglite });
  const prisma = db.prisma;
  const user = await prisma.user.create({
    data: { email: 'cached@example.org', firstName: 'C', lastName: 'D' },
  });
  userId = user.id;
  const module = await prisma.module.create({ data: { slug: 'cached-module' } });
  await prisma.moduleVersion.create({
    data: {
      moduleId: module.id,
      version: 1,
      status: 'PUBLISHED',
      title: 'First title',
      summary: 's',
      estimatedMinutes: 20,
      ceHours: 1,
    },
  });
  const cohort = await prisma.cohort.create({
    data: {
      name: 'Cohort',
      startDate: new Date('2027-01-01'),
      endDate: new Date('2027-06-30'),
      status: 'ACTIVE',
    },
  });
  await prisma.membership.create({ data: { cohortId: cohort.id, userId, role: 'MENTEE' } });
  await prisma.curriculumItem.create({
    data: { cohortId: cohort.id, moduleId: module.id, position: 0, dueAt: due },
  });
  ctx = {
    ...testActorContext(prisma, { userId, isNetworkAdmin: false, coordinatedHospitalIds: [] }),
    readCache: cache,
  };
}, 120_000);

afterAll(async () => {
  await listener?.close();
  await db?.drop();
});

describe('the read cache on the embedded database', () => {
  it('is active once listening, and drops a person’s values when their rows change', async () => {
    expect(cache.active).toBe(true);
    expect(await countMyUnreadNotifications(ctx)).toEqual({ unread: 0 });
    expect(await listMyJournal(ctx)).toEqual([]);
    const hits = cache.stats().hits;
    expect(await countMyUnreadNotifications(ctx)).toEqual({ unread: 0 });
    expect(cache.stats().hits).toBe(hits + 1);

    await db.prisma.notification.create({ data: { userId, kind: 'test', title: 'New' } });
    await eventually(async () => (await countMyUnreadNotifications(ctx)).unread === 1);
    await db.prisma.reflection.create({ data: { authorId: userId, title: 'Mine', body: '' } });
    await eventually(async () => (await listMyJournal(ctx)).length === 1);
  });

  it('lists assigned modules from one query, and shows a newly published version', async () => {
    const [first] = await listMyModules(ctx);
    expect(first).toMatchObject({ title: 'First title', cohortName: 'Cohort', status: 'not_started' });
    expect(first?.dueAt?.toISOString()).toBe(due.toISOString());
    expect((await listMyModules(ctx))[0]?.title).toBe('First title');

    const module = await db.prisma.module.findUniqueOrThrow({ where: { slug: 'cached-module' } });
    await db.prisma.moduleVersion.create({
      data: {
        moduleId: module.id,
        version: 2,
        status: 'PUBLISHED',
        title: 'Second title',
        summary: 's',
        estimatedMinutes: 25,
        ceHours: 1,
      },
    });
    await eventually(async () => (await listMyModules(ctx))[0]?.title === 'Second title');
  });

  it('works the list out again when a due date passes, with no change to the rows', async () => {
    let now = new Date(due.getTime() - 60_000);
    const timed = { ...ctx, clock: { now: () => now } };
    expect((await listMyModules(timed))[0]?.status).toBe('not_started');
    const hits = cache.stats().hits;
    expect((await listMyModules(timed))[0]?.status).toBe('not_started');
    now = new Date(due.getTime() + 1);
    expect((await listMyModules(timed))[0]?.status).toBe('overdue');
    // The rows came from the cache both times: only the clock moved.
    expect(cache.stats().hits).toBe(hits + 2);
    // A clock moved back (as tests move it) gets the list for its own time.
    now = new Date(due.getTime() - 1);
    expect((await listMyModules(timed))[0]?.status).toBe('not_started');
  });

  it('is bypassed once the listener is closed', async () => {
    await listener.close();
    expect(cache.active).toBe(false);
    const bypassed = cache.stats().bypassed;
    await countMyUnreadNotifications(ctx);
    expect(cache.stats()).toMatchObject({ size: 0, bypassed: bypassed + 1 });
  });
});
