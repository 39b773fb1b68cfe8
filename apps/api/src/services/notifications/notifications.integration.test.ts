import { isNotificationLink } from '@preceptor/domain/notifications/notification-links';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../../authorization/actors.ts';
import { rubricAt } from '../../testing/review-input.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { notify } from './notify.ts';

/*
 * The in-app inbox on PostgreSQL: paging, unread counts, marking read (one's own only), and
 * what the writers tell people — with links that open real pages and never a reflection's words.
 */

let app: TestApp;
let mentee: TestClient;
let mentor: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  mentee = await app.clientFor(ACTOR_EMAILS.mentee);
  mentor = await app.clientFor(ACTOR_EMAILS.mentor);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** A signed-in person with an empty inbox, so counts in one test never depend on another. */
async function newcomer(): Promise<{ id: string; client: TestClient }> {
  const email = `inbox-${crypto.randomUUID()}@preceptor.test`;
  const user = await app.prisma.user.create({
    data: { email, firstName: 'Inbox', lastName: 'Tester' },
    select: { id: true },
  });
  return { id: user.id, client: await app.clientFor(email) };
}

async function seedInbox(userId: string, count: number, createdAt: (i: number) => Date): Promise<void> {
  await app.prisma.notification.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      userId,
      kind: 'match.published',
      title: `Notice ${i}`,
      link: '/matching',
      createdAt: createdAt(i),
    })),
  });
}

async function allPages(client: TestClient, limit: number, unreadOnly = false) {
  const pages = [];
  let cursor: string | null = null;
  do {
    const page = await client.notifications.list.query({ cursor, limit, unreadOnly });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 100);
  return pages;
}

describe('my notifications', () => {
  it('lists newest first, a page at a time, with no gaps or repeats even among equal times', async () => {
    const { id, client } = await newcomer();
    // Pairs share a timestamp, so only the id can order them: the cursor must carry both.
    await seedInbox(id, 11, (i) => new Date(Date.UTC(2026, 9, 1, 12, Math.floor(i / 2))));
    const expected = await app.prisma.notification.findMany({
      where: { userId: id },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });

    const pages = await allPages(client, 3);
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 3, 2]);
    expect(pages.flatMap((p) => p.items.map((n) => n.id))).toEqual(expected.map((n) => n.id));
    expect(pages.at(-1)?.nextCursor).toBeNull();
    const times = pages.flatMap((p) => p.items.map((n) => n.createdAt.getTime()));
    expect(times).toEqual(times.toSorted((a, b) => b - a));
  });

  it('keeps the next page in place when notifications on earlier pages are marked read', async () => {
    const { id, client } = await newcomer();
    await seedInbox(id, 6, (i) => new Date(Date.UTC(2026, 9, 2, 12, i)));
    const first = await client.notifications.list.query({ limit: 3, unreadOnly: true });
    await client.notifications.markRead.mutate({ ids: first.items.map((n) => n.id) });
    const second = await client.notifications.list.query({
      cursor: first.nextCursor,
      limit: 3,
      unreadOnly: true,
    });
    expect(second.items.map((n) => n.title)).toEqual(['Notice 2', 'Notice 1', 'Notice 0']);
    expect(second.nextCursor).toBeNull();
  });

  it('counts and filters unread notifications alike', async () => {
    const { id, client } = await newcomer();
    await seedInbox(id, 5, (i) => new Date(Date.UTC(2026, 9, 3, 12, i)));
    expect(await client.notifications.unreadCount.query()).toEqual({ unread: 5 });
    const [newest, second] = (await client.notifications.list.query({ limit: 2 })).items;
    if (!newest || !second) throw new Error('The inbox is short');
    expect(await client.notifications.markRead.mutate({ ids: [newest.id, second.id] })).toEqual({
      marked: 2,
    });
    expect(await client.notifications.unreadCount.query()).toEqual({ unread: 3 });
    const unread = (await allPages(client, 2, true)).flatMap((p) => p.items);
    expect(unread).toHaveLength(3);
    expect(unread.every((n) => n.readAt === null)).toBe(true);
    const all = (await client.notifications.list.query({ limit: 10 })).items;
    expect(all.filter((n) => n.readAt !== null).map((n) => n.id)).toEqual([newest.id, second.id]);
  });

  it('marks only my own notifications: another person’s id changes nothing and reveals nothing', async () => {
    const menteeId = await app.userId(ACTOR_EMAILS.mentee);
    const theirs = await app.prisma.notification.create({
      data: { userId: menteeId, kind: 'match.published', title: 'For the mentee only', link: '/matching' },
    });
    const unknown = crypto.randomUUID();
    const before = await mentee.notifications.unreadCount.query();

    // The mentor gets the same answer for the mentee's notification as for an id that does not exist.
    expect(await mentor.notifications.markRead.mutate({ ids: [theirs.id] })).toEqual({ marked: 0 });
    expect(await mentor.notifications.markRead.mutate({ ids: [unknown] })).toEqual({ marked: 0 });
    expect((await app.prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect(await mentee.notifications.unreadCount.query()).toEqual(before);
    const mentorsView = await mentor.notifications.list.query({ limit: 50 });
    expect(mentorsView.items.map((n) => n.id)).not.toContain(theirs.id);

    expect(await mentee.notifications.markRead.mutate({ ids: [theirs.id] })).toEqual({ marked: 1 });
    const firstRead = (await app.prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt;
    expect(firstRead).not.toBeNull();
    // Marking again is harmless and keeps when it was first read.
    expect(await mentee.notifications.markRead.mutate({ ids: [theirs.id] })).toEqual({ marked: 0 });
    expect((await app.prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toEqual(
      firstRead,
    );
  });

  it('marks all of mine read and nobody else’s', async () => {
    const me = await newcomer();
    const other = await newcomer();
    await seedInbox(me.id, 4, (i) => new Date(Date.UTC(2026, 9, 4, 12, i)));
    await seedInbox(other.id, 2, (i) => new Date(Date.UTC(2026, 9, 4, 12, i)));
    expect(await me.client.notifications.markAllRead.mutate()).toEqual({ marked: 4 });
    expect(await me.client.notifications.unreadCount.query()).toEqual({ unread: 0 });
    expect(await other.client.notifications.unreadCount.query()).toEqual({ unread: 2 });
    expect(await me.client.notifications.markAllRead.mutate()).toEqual({ marked: 0 });
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const { id, client } = await newcomer();
    await seedInbox(id, 2, (i) => new Date(Date.UTC(2026, 9, 5, 12, i)));
    const refusal = async (call: Promise<unknown>) => {
      const error = await call.then(
        () => null,
        (e: unknown) => e as { message: string; data?: { code?: string } },
      );
      return { code: error?.data?.code ?? null, message: error?.message ?? '' };
    };
    expect(await refusal(client.notifications.list.query({ cursor: 'page-2' }))).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/not available/),
    });
    expect(await outcomeCode(client.notifications.list.query({ limit: 0 }))).toBe('BAD_REQUEST');
    expect(await outcomeCode(client.notifications.list.query({ limit: 500 }))).toBe('BAD_REQUEST');
    expect(await refusal(client.notifications.markRead.mutate({ ids: [] }))).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/at least one/),
    });
    expect(await refusal(client.notifications.markRead.mutate({ ids: ['42'] }))).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/not a notification id/),
    });
    expect(await client.notifications.unreadCount.query()).toEqual({ unread: 2 });
  });

  it('never hands out a link that opens no portal page', async () => {
    const { id, client } = await newcomer();
    await app.prisma.notification.create({
      data: { userId: id, kind: 'match.published', title: 'Written long ago', link: '/mentoring' },
    });
    const [item] = (await client.notifications.list.query({})).items;
    expect(item).toMatchObject({ title: 'Written long ago', link: null });
    // And no service can write one: the whole change fails instead.
    await expect(
      app.prisma.$transaction((tx) =>
        notify(tx, [{ userId: id, kind: 'match.ended', title: 'Nowhere', link: 'https://example.com' }]),
      ),
    ).rejects.toThrow(/no portal page/);
    expect(await app.prisma.notification.count({ where: { userId: id, title: 'Nowhere' } })).toBe(0);
    // The stale row was planted for this test only; the check of every stored link comes later.
    await app.prisma.notification.deleteMany({ where: { userId: id } });
  });
});

describe('what people are told', () => {
  const TITLE = 'Quiet doubts at the handoff';
  const WORDS = 'I hesitated before raising the line pressure trend at the handoff';

  async function newestOf(client: TestClient) {
    const [newest] = (await client.notifications.list.query({ limit: 1 })).items;
    if (!newest) throw new Error('No notification');
    return newest;
  }

  it('tells the mentor of a share and re-share, and the writer of a review or a revision request', async () => {
    const { id } = await mentee.reflections.create.mutate({ title: TITLE, body: `<p>${WORDS}.</p>` });
    const mentorUnread = (await mentor.notifications.unreadCount.query()).unread;
    await mentee.reflections.share.mutate({ reflectionId: id });
    expect(await mentor.notifications.unreadCount.query()).toEqual({ unread: mentorUnread + 1 });
    expect(await newestOf(mentor)).toMatchObject({
      kind: 'reflection.shared',
      title: 'Jordan Reyes shared a reflection for your review',
      link: `/reviews/${id}`,
      readAt: null,
    });

    await mentor.reflections.review.mutate({
      reflectionId: id,
      reflectionVersion: 1,
      ...rubricAt('REFLECTION', WORDS),
      generalComment: 'What would you say differently next time?',
      outcome: 'REVISION_REQUESTED',
    });
    const revision = await newestOf(mentee);
    expect(revision).toMatchObject({
      kind: 'reflection.revision_requested',
      title: expect.stringMatching(/ asked you to revise your reflection$/),
      link: `/journal/${id}`,
    });

    await mentee.reflections.save.mutate({
      reflectionId: id,
      expectedVersion: 1,
      title: TITLE,
      body: `<p>${WORDS}. Next time I will say it at once.</p>`,
    });
    await mentee.reflections.share.mutate({ reflectionId: id });
    expect((await newestOf(mentor)).title).toBe('Jordan Reyes shared a revised reflection for your review');

    await mentor.reflections.review.mutate({
      reflectionId: id,
      reflectionVersion: 2,
      ...rubricAt('CRITICAL_REFLECTION', WORDS),
      generalComment: 'Thank you.',
      outcome: 'REVIEWED',
    });
    expect(await newestOf(mentee)).toMatchObject({
      kind: 'reflection.reviewed',
      title: expect.stringMatching(/ reviewed your reflection$/),
      link: `/journal/${id}`,
    });

    // Neither inbox quotes the reflection or the feedback.
    for (const client of [mentee, mentor]) {
      const inbox = JSON.stringify(await client.notifications.list.query({ limit: 50 }));
      expect(inbox).not.toContain(TITLE);
      expect(inbox).not.toContain('hesitated');
      expect(inbox).not.toContain('What would you say differently');
    }
  });

  it('takes back the mentor’s unread notification when the writer withdraws the reflection', async () => {
    const { id } = await mentee.reflections.create.mutate({
      title: 'Withdrawn before review',
      body: '<p>I want to think about this one more before my mentor reads it.</p>',
    });
    await mentee.reflections.share.mutate({ reflectionId: id });
    const mentorId = await app.userId(ACTOR_EMAILS.mentor);
    const link = `/reviews/${id}`;
    expect(await app.prisma.notification.count({ where: { userId: mentorId, link } })).toBe(1);
    await mentee.reflections.unshare.mutate({ reflectionId: id });
    expect(await app.prisma.notification.count({ where: { userId: mentorId, link } })).toBe(0);
  });

  it('tells both people when staff end their match, each with their own page to open', async () => {
    const admin = await app.clientFor(ACTOR_EMAILS.admin);
    const [pair] = await (await app.clientFor(ACTOR_EMAILS.otherMentee)).matching.myMatches.query();
    if (!pair) throw new Error('mentee2@ has no match');
    await admin.matching.endMatch.mutate({ matchId: pair.matchId, reason: 'The mentor moved away.' });
    const forMentee = await newestOf(await app.clientFor(ACTOR_EMAILS.otherMentee));
    const forMentor = await newestOf(await app.clientFor(ACTOR_EMAILS.otherMentor));
    expect(forMentee).toMatchObject({ kind: 'match.ended', link: '/matching' });
    expect(forMentee.body).toMatch(/^The mentor moved away\. You will be considered/);
    expect(forMentor).toMatchObject({ kind: 'match.ended', link: '/mentees' });
  });

  it('leaves no notification in the database whose link opens no page', async () => {
    const links = await app.prisma.notification.findMany({ select: { link: true }, distinct: ['link'] });
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((n) => n.link !== null && !isNotificationLink(n.link))).toEqual([]);
  });
});
