import { MAX_NEW_REFLECTIONS_PER_DAY } from '@preceptor/domain/reflections/reflection-quotas';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../authorization/actors.ts';
import { freshActiveMatch } from '../authorization/matching-fixtures.ts';
import { rubricAt } from '../testing/review-input.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';

/*
 * Attacks on reflection privacy and on the journal's limits, over the real HTTP server. Each
 * test is one way in that worked before: a mentor reading on after the match ended or reading
 * edits never shared, the review queue leaking titles without an audit entry, unlimited
 * writing, and a body that made the HTML tokenizer quadratic.
 */

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function failure(call: Promise<unknown>): Promise<{ code: string | null; message: string }> {
  try {
    await call;
    return { code: null, message: '' };
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    return { code: (error.data as { code?: string } | undefined)?.code ?? 'UNKNOWN', message: error.message };
  }
}

/** A reflection the writer creates and shares with their current mentor(s); harmless words. */
async function sharedReflection(writer: TestClient, title: string, body: string): Promise<string> {
  const { id } = await writer.reflections.create.mutate({ title, body });
  await writer.reflections.share.mutate({ reflectionId: id });
  return id;
}

async function clientForUser(userId: string): Promise<TestClient> {
  const user = await app.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  return app.clientFor(user.email);
}

/** The other demo mentee in a fresh active match, with clients for both people. */
async function freshPairForOtherMentee() {
  const menteeId = await app.userId(ACTOR_EMAILS.otherMentee);
  const matchId = await freshActiveMatch(app.prisma, menteeId);
  const match = await app.prisma.match.findUniqueOrThrow({
    where: { id: matchId },
    select: { mentor: { select: { userId: true } } },
  });
  const mentor = await clientForUser(match.mentor.userId);
  const mentee = await app.clientFor(ACTOR_EMAILS.otherMentee);
  return { matchId, mentor, mentee };
}

describe('a mentor reads only while the match is active', () => {
  it('refuses the mentor every read once staff end the match, and audits the revocation', async () => {
    const mentee = await app.clientFor(ACTOR_EMAILS.otherMentee);
    const mentor = await app.clientFor(ACTOR_EMAILS.otherMentor);
    const id = await sharedReflection(mentee, 'Learning to ask', '<p>I asked the senior tech for help.</p>');
    expect(await outcomeCode(mentor.reflections.get.query({ reflectionId: id }))).toBeNull();

    const match = await app.prisma.match.findFirstOrThrow({
      where: {
        status: 'ACTIVE',
        mentee: { user: { email: ACTOR_EMAILS.otherMentee } },
        mentor: { user: { email: ACTOR_EMAILS.otherMentor } },
      },
      select: { id: true },
    });
    const admin = await app.clientFor(ACTOR_EMAILS.admin);
    await admin.matching.endMatch.mutate({ matchId: match.id, reason: 'Schedules never lined up' });

    expect(await outcomeCode(mentor.reflections.get.query({ reflectionId: id }))).toBe('NOT_FOUND');
    expect(await outcomeCode(mentor.reflections.feedback.query({ reflectionId: id }))).toBe('NOT_FOUND');
    expect((await mentor.reflections.reviewQueue.query()).some((entry) => entry.id === id)).toBe(false);
    const revoked = await app.prisma.auditLog.findMany({
      where: { action: 'reflection.shares_revoked', entityId: match.id },
    });
    expect(revoked).toHaveLength(1);
    expect(revoked[0]?.metadata).toMatchObject({ reflectionIds: [id] });
  });

  it('refuses the mentor once the mentee reports the match is not a good fit', async () => {
    const { matchId, mentor, mentee } = await freshPairForOtherMentee();
    const id = await sharedReflection(mentee, 'A hard handoff', '<p>The handoff was rushed.</p>');
    expect(await outcomeCode(mentor.reflections.get.query({ reflectionId: id }))).toBeNull();

    await mentee.matching.reportNotAGoodFit.mutate({ matchId, reason: 'We want different things' });

    expect(await outcomeCode(mentor.reflections.get.query({ reflectionId: id }))).toBe('NOT_FOUND');
  });

  it('refuses the mentor when the match ended by any other way, even with the share still on record', async () => {
    const { matchId, mentor, mentee } = await freshPairForOtherMentee();
    const id = await sharedReflection(mentee, 'On the night shift', '<p>Quiet hours, long thoughts.</p>');
    await app.prisma.match.update({ where: { id: matchId }, data: { status: 'ENDED', endedAt: new Date() } });

    expect(await outcomeCode(mentor.reflections.get.query({ reflectionId: id }))).toBe('NOT_FOUND');
  });
});

describe('a mentor reads exactly the version shared', () => {
  it('shows the mentor the shared text, not the edits made after a revision was requested', async () => {
    const mentee = await app.clientFor(ACTOR_EMAILS.mentee);
    const mentor = await app.clientFor(ACTOR_EMAILS.mentor);
    const id = await sharedReflection(mentee, 'Before the bypass', '<p>What I shared.</p>');
    const read = await mentor.reflections.get.query({ reflectionId: id });
    await mentor.reflections.review.mutate({
      reflectionId: id,
      reflectionVersion: read.version,
      ...rubricAt('REFLECTION', 'What I shared'),
      generalComment: 'Say more about why.',
      outcome: 'REVISION_REQUESTED',
    });

    await mentee.reflections.save.mutate({
      reflectionId: id,
      expectedVersion: read.version,
      title: 'Unshared new title',
      body: '<p>Words I have not shared yet.</p>',
    });

    const after = await mentor.reflections.get.query({ reflectionId: id });
    expect(after.body).toBe('<p>What I shared.</p>');
    expect(after.title).toBe('Before the bypass');
    expect(after.version).toBe(read.version);
    expect(JSON.stringify(after)).not.toContain('not shared yet');

    // Shared again, the revision is what the mentor reads.
    await mentee.reflections.share.mutate({ reflectionId: id });
    const revised = await mentor.reflections.get.query({ reflectionId: id });
    expect(revised.body).toBe('<p>Words I have not shared yet.</p>');
  });
});

describe('the review queue', () => {
  it('shows no reflection title (reading one is audited on the review page only)', async () => {
    const mentee = await app.clientFor(ACTOR_EMAILS.mentee);
    const mentor = await app.clientFor(ACTOR_EMAILS.mentor);
    const title = 'Queue title that must stay private';
    const id = await sharedReflection(mentee, title, '<p>Some words.</p>');
    const reads = () => app.prisma.auditLog.count({ where: { action: 'reflection.read', entityId: id } });
    const before = await reads();

    const queue = await mentor.reflections.reviewQueue.query();
    expect(queue.some((entry) => entry.id === id)).toBe(true);
    expect(JSON.stringify(queue)).not.toContain(title);
    expect(await reads()).toBe(before);
  });
});

describe('limits on writing', () => {
  it('refuses a body over the text limit with a clear message, and keeps the saved text', async () => {
    const mentee = await app.clientFor(ACTOR_EMAILS.mentee);
    const { id } = await mentee.reflections.create.mutate({ title: 'Long one', body: '<p>Kept.</p>' });
    const refused = await failure(
      mentee.reflections.save.mutate({
        reflectionId: id,
        expectedVersion: 1,
        title: 'Long one',
        body: `<p>${'word '.repeat(12_000)}</p>`,
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toMatch(/too long to save: 60,000 characters, and 50,000 is the most/);
    const kept = await mentee.reflections.get.query({ reflectionId: id });
    expect(kept).toMatchObject({ body: '<p>Kept.</p>', version: 1 });
  });

  it('refuses a new reflection beyond the daily limit, and loses none already written', async () => {
    const writer = await app.clientFor(ACTOR_EMAILS.otherMentee);
    const writerId = await app.userId(ACTOR_EMAILS.otherMentee);
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const already = await app.prisma.reflection.count({
      where: { authorId: writerId, createdAt: { gt: since } },
    });
    for (let i = already; i < MAX_NEW_REFLECTIONS_PER_DAY; i++) {
      await writer.reflections.create.mutate({ title: `Entry ${i}`, body: '<p>Short.</p>' });
    }
    const refused = await failure(writer.reflections.create.mutate({ title: 'One more', body: '<p>x</p>' }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toMatch(/reflections in the last 24 hours/);
    expect(
      await app.prisma.reflection.count({ where: { authorId: writerId, createdAt: { gt: since } } }),
    ).toBe(MAX_NEW_REFLECTIONS_PER_DAY);
  });
});

describe('pathological HTML', () => {
  it('answers `<a` × 100,000 at once, with a clear error', async () => {
    const mentee = await app.clientFor(ACTOR_EMAILS.mentee);
    const started = performance.now();
    const outcome = await failure(
      mentee.reflections.create.mutate({ title: 'Tags', body: '<a'.repeat(100_000) }),
    );
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(outcome.code).toBe('BAD_REQUEST');
    expect(outcome.message).toMatch(/too long to save/);
  });

  it('answers deeply nested formatting at once, with a clear error', async () => {
    const mentee = await app.clientFor(ACTOR_EMAILS.mentee);
    const started = performance.now();
    const outcome = await failure(
      mentee.reflections.create.mutate({ title: 'Nested', body: '<b>'.repeat(66_000) }),
    );
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(outcome.code).toBe('BAD_REQUEST');
    expect(outcome.message).toMatch(/nested too deeply/);
  });
});
