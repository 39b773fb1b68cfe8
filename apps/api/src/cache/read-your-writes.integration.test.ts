import { createTRPCClient, httpLink } from '@trpc/client';
import type { FastifyInstance } from 'fastify';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/sessions.ts';
import type { AppRouter } from '../routers/app-router.ts';
import { buildServer } from '../server.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { ReadCache } from './read-cache.ts';

/*
 * A person's next request after their own change may reach the same process before the
 * database's change message does. Here the message never comes (the cache is switched on without
 * a listener), so only the process forgetting the person's values after each of their mutations
 * keeps their own change visible.
 */

let app: TestApp;
let server: FastifyInstance;
const cache = new ReadCache();
let origin = '';

beforeAll(async () => {
  app = await startTestApp();
  cache.setActive(true);
  server = await buildServer({ prisma: app.prisma, readCache: cache });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('The server has no port');
  origin = `http://127.0.0.1:${address.port}`;
}, 120_000);

afterAll(async () => {
  await server?.close();
  await app?.close();
});

async function clientFor(email: string) {
  const { token } = await createSession(app.prisma, await app.userId(email), {
    ipAddress: null,
    userAgent: 'test',
  });
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${origin}/trpc`,
        transformer: superjson,
        headers: () => ({ origin, cookie: `preceptor_session=${token}` }),
      }),
    ],
  });
}

describe('read-your-writes on one process', () => {
  it('shows a person their own new reflection and read notifications at once', async () => {
    const mentee = await clientFor('mentee2@preceptor.test');
    await app.prisma.notification.create({
      data: { userId: await app.userId('mentee2@preceptor.test'), kind: 'test', title: 'Unread' },
    });
    const journal = await mentee.reflections.myJournal.query();
    expect((await mentee.notifications.unreadCount.query()).unread).toBeGreaterThan(0);
    const hits = cache.stats().hits;
    await mentee.reflections.myJournal.query();
    // Both from the cache: the session and the list.
    expect(cache.stats().hits).toBe(hits + 2);

    await mentee.reflections.create.mutate({ title: 'Seen at once' });
    const after = await mentee.reflections.myJournal.query();
    expect(after).toHaveLength(journal.length + 1);
    expect(after.some((entry) => entry.title === 'Seen at once')).toBe(true);

    await mentee.notifications.markAllRead.mutate();
    expect((await mentee.notifications.unreadCount.query()).unread).toBe(0);
  });

  it('ends a signed-out session on this process at once', async () => {
    const mentor = await clientFor('mentor2@preceptor.test');
    expect(await mentor.auth.me.query()).not.toBeNull();
    await mentor.auth.signOut.mutate();
    expect(await mentor.auth.me.query()).toBeNull();
  });
});
