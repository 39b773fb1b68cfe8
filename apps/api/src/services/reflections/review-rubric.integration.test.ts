import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../../authorization/actors.ts';
import { rubricAt } from '../../testing/review-input.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/*
 * REFLECT as Wald et al. wrote it, on PostgreSQL: per-criterion ratings with a derived overall
 * level, an override only with a reason, the learning axis only for reflective writing, a quoted
 * strength that must be the writer's words, concerns, the writer's answer, growth per criterion —
 * and none of it for a mentor of another pair or for staff.
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

const TEXT =
  'I froze when the pressure alarm sounded. Afterwards I asked myself why I waited for someone else.';

async function sharedReflection(title: string): Promise<string> {
  const { id } = await mentee.reflections.create.mutate({ title, body: `<p>${TEXT}</p>` });
  await mentee.reflections.share.mutate({ reflectionId: id });
  return id;
}

const MIXED = {
  WRITING_SPECTRUM: 'REFLECTION',
  PRESENCE: 'CRITICAL_REFLECTION',
  DILEMMA: 'THOUGHTFUL_ACTION',
  EMOTIONS: 'REFLECTION',
  MEANING_MAKING: 'HABITUAL_ACTION',
} as const;

describe('a review rated per criterion', () => {
  it('stores each criterion, derives the overall level, and shows the writer all of it', async () => {
    const id = await sharedReflection('Per criterion');
    await mentor.reflections.review.mutate({
      reflectionId: id,
      reflectionVersion: 1,
      criteria: MIXED,
      learning: 'CONFIRMATORY',
      strengthQuote: 'I asked myself why I waited',
      strengthNote: 'You turned the question on yourself.',
      furtherQuestion: 'What were you waiting for?',
      concerns: ['DISTRESS', 'UNREPORTED_SAFETY_EVENT'],
      outcome: 'REVIEWED',
    });
    const [review] = await mentee.reflections.feedback.query({ reflectionId: id });
    expect(review).toMatchObject({
      level: 'REFLECTION',
      derivedLevel: 'REFLECTION',
      overrideReason: null,
      learning: 'CONFIRMATORY',
      strengthQuote: 'I asked myself why I waited',
      furtherQuestion: 'What were you waiting for?',
      concerns: ['DISTRESS', 'UNREPORTED_SAFETY_EVENT'],
      generalComment: '',
      response: null,
    });
    expect(review?.criteria).toEqual(
      Object.entries(MIXED).map(([criterion, level]) => ({ criterion, level })),
    );
  });

  it('keeps an override only with its reason, and judges the learning axis by it', async () => {
    const id = await sharedReflection('Override');
    const base = {
      reflectionId: id,
      reflectionVersion: 1,
      ...rubricAt('THOUGHTFUL_ACTION', 'I froze'),
      outcome: 'REVIEWED' as const,
    };
    expect(
      await outcomeCode(
        mentor.reflections.review.mutate({ ...base, overallOverride: { level: 'REFLECTION', reason: ' ' } }),
      ),
    ).toBe('BAD_REQUEST');
    await mentor.reflections.review.mutate({
      ...base,
      overallOverride: { level: 'REFLECTION', reason: 'The last sentence questions the team’s habit.' },
      learning: 'UNRATED',
    });
    const [review] = await mentor.reflections.feedback.query({ reflectionId: id });
    expect(review).toMatchObject({
      level: 'REFLECTION',
      derivedLevel: 'THOUGHTFUL_ACTION',
      overrideReason: 'The last sentence questions the team’s habit.',
      learning: null,
    });
  });

  it('refuses the learning axis below reflection, and an unanswered one at reflection', async () => {
    const id = await sharedReflection('Learning axis');
    const review = (extra: object) =>
      outcomeCode(
        mentor.reflections.review.mutate({
          reflectionId: id,
          reflectionVersion: 1,
          ...rubricAt('THOUGHTFUL_ACTION', 'I froze'),
          outcome: 'REVIEWED',
          ...extra,
        }),
      );
    expect(await review({ learning: 'TRANSFORMATIVE' })).toBe('BAD_REQUEST');
    expect(await review({ criteria: rubricAt('REFLECTION', 'x').criteria })).toBe('BAD_REQUEST');
    expect(await app.prisma.review.count({ where: { reflectionId: id } })).toBe(0);
  });

  it('refuses a quoted strength that is not the writer’s words, naming the field, and stores nothing', async () => {
    const id = await sharedReflection('Quote');
    const refused = await mentor.reflections.review
      .mutate({
        reflectionId: id,
        reflectionVersion: 1,
        ...rubricAt('THOUGHTFUL_ACTION', 'I froze when the monitor alarm sounded'),
        outcome: 'REVIEWED',
      })
      .catch(
        (error: unknown) => error as { data?: { code?: string; fieldErrors?: Record<string, string[]> } },
      );
    expect(refused).toMatchObject({ data: { code: 'BAD_REQUEST' } });
    expect(JSON.stringify(refused)).toContain('strengthQuote');
    expect(await app.prisma.review.count({ where: { reflectionId: id } })).toBe(0);
    expect((await mentee.reflections.get.query({ reflectionId: id })).status).toBe('SHARED');
  });

  it('requires a revision when identifiable detail remains', async () => {
    const id = await sharedReflection('Identifiable');
    const base = { reflectionId: id, reflectionVersion: 1, ...rubricAt('HABITUAL_ACTION', 'I froze') };
    expect(
      await outcomeCode(
        mentor.reflections.review.mutate({ ...base, concerns: ['IDENTIFIABLE_DETAIL'], outcome: 'REVIEWED' }),
      ),
    ).toBe('BAD_REQUEST');
    const sent = await mentor.reflections.review.mutate({
      ...base,
      concerns: ['IDENTIFIABLE_DETAIL'],
      outcome: 'REVISION_REQUESTED',
    });
    expect(sent.status).toBe('REVISION_REQUESTED');
  });
});

describe('the writer’s answer', () => {
  it('is recorded with the agreed next step, shown to the mentor, who is told without the words', async () => {
    const id = await sharedReflection('Answer');
    const { reviewId } = await mentor.reflections.review.mutate({
      reflectionId: id,
      reflectionVersion: 1,
      ...rubricAt('THOUGHTFUL_ACTION', 'I froze'),
      outcome: 'REVIEWED',
    });
    const answer = await mentee.reflections.respondToReview.mutate({
      reviewId,
      response: 'I think I was waiting for permission.',
      agreedNextStep: 'Call the number out loud at once.',
    });
    expect(answer).toMatchObject({
      response: 'I think I was waiting for permission.',
      agreedNextStep: 'Call the number out loud at once.',
    });
    const [review] = await mentor.reflections.feedback.query({ reflectionId: id });
    expect(review?.response).toMatchObject({ agreedNextStep: 'Call the number out loud at once.' });
    const mentorId = await app.userId(ACTOR_EMAILS.mentor);
    const notice = await app.prisma.notification.findFirstOrThrow({
      where: { userId: mentorId, kind: 'reflection.review_answered' },
      orderBy: { createdAt: 'desc' },
    });
    expect(notice.link).toBe(`/reviews/${id}`);
    expect(`${notice.title} ${notice.body}`).not.toContain('permission');
  });

  it('is the author’s alone: the mentor, another mentee and staff are refused', async () => {
    const id = await sharedReflection('Answer refused');
    const { reviewId } = await mentor.reflections.review.mutate({
      reflectionId: id,
      reflectionVersion: 1,
      ...rubricAt('THOUGHTFUL_ACTION', 'I froze'),
      outcome: 'REVIEWED',
    });
    const input = { reviewId, response: 'Not mine to answer.', agreedNextStep: '' };
    for (const email of [
      ACTOR_EMAILS.mentor,
      ACTOR_EMAILS.otherMentee,
      ACTOR_EMAILS.coordinator,
      ACTOR_EMAILS.admin,
    ]) {
      const client = await app.clientFor(email);
      expect(await outcomeCode(client.reflections.respondToReview.mutate(input))).toBe('NOT_FOUND');
    }
    expect((await app.prisma.review.findUniqueOrThrow({ where: { id: reviewId } })).respondedAt).toBeNull();
  });
});

describe('who sees a review', () => {
  it('refuses a mentor of another pair everything: reviewing, reading feedback, growth', async () => {
    const id = await sharedReflection('Another pair');
    const other = await app.clientFor(ACTOR_EMAILS.otherMentor);
    expect(
      await outcomeCode(
        other.reflections.review.mutate({
          reflectionId: id,
          reflectionVersion: 1,
          ...rubricAt('THOUGHTFUL_ACTION', 'I froze'),
          outcome: 'REVIEWED',
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(await outcomeCode(other.reflections.feedback.query({ reflectionId: id }))).toBe('NOT_FOUND');
    const menteeId = await app.userId(ACTOR_EMAILS.mentee);
    expect(await outcomeCode(other.reflections.growth.query({ menteeId }))).toBe('NOT_FOUND');
  });

  it('shows staff no words of a review: feedback refused, the status report without quote, question or answer', async () => {
    const id = await sharedReflection('Staff');
    const { reviewId } = await mentor.reflections.review.mutate({
      reflectionId: id,
      reflectionVersion: 1,
      ...rubricAt('THOUGHTFUL_ACTION', 'I asked myself why I waited'),
      furtherQuestion: 'A question staff never read?',
      outcome: 'REVIEWED',
    });
    await mentee.reflections.respondToReview.mutate({
      reviewId,
      response: 'An answer staff never read.',
      agreedNextStep: 'A step staff never read.',
    });
    for (const email of [ACTOR_EMAILS.coordinator, ACTOR_EMAILS.admin]) {
      const staff = await app.clientFor(email);
      expect(await outcomeCode(staff.reflections.feedback.query({ reflectionId: id }))).toBe('NOT_FOUND');
      const report = JSON.stringify(await staff.reflections.reflectionStatusReport.query());
      for (const words of ['I asked myself', 'A question staff', 'An answer staff', 'A step staff']) {
        expect(report).not.toContain(words);
      }
    }
  });
});

describe('growth per criterion', () => {
  it('charts each criterion, and a review from before per-criterion rating as no points (not zeros)', async () => {
    const id = await sharedReflection('Growth');
    await mentor.reflections.review.mutate({
      reflectionId: id,
      reflectionVersion: 1,
      criteria: MIXED,
      learning: 'TRANSFORMATIVE',
      strengthQuote: 'I froze',
      strengthNote: 'Honest.',
      furtherQuestion: 'Why?',
      outcome: 'REVIEWED',
    });
    // A review as the product stored it before this change: an overall level, nothing per criterion.
    const menteeId = await app.userId(ACTOR_EMAILS.mentee);
    const mentorId = await app.userId(ACTOR_EMAILS.mentor);
    await app.prisma.review.create({
      data: {
        reflectionId: id,
        reflectionVersion: 1,
        mentorId,
        level: 'THOUGHTFUL_ACTION',
        generalComment: 'An old review.',
        outcome: 'REVIEWED',
        createdAt: new Date(Date.now() + 1000),
      },
    });
    const growth = await mentor.reflections.growth.query({ menteeId });
    const [rated, old] = growth.slice(-2);
    expect(rated).toMatchObject({ level: 'REFLECTION', rank: 3, learning: 'TRANSFORMATIVE' });
    expect(rated?.criteria.map((c) => [c.criterion, c.rank])).toEqual(
      expect.arrayContaining([
        ['WRITING_SPECTRUM', 3],
        ['PRESENCE', 4],
        ['DILEMMA', 2],
        ['EMOTIONS', 3],
        ['MEANING_MAKING', 1],
      ]),
    );
    expect(old).toMatchObject({ level: 'THOUGHTFUL_ACTION', rank: 2, learning: null, criteria: [] });
    const [oldView] = (await mentee.reflections.feedback.query({ reflectionId: id })).slice(-1);
    expect(oldView).toMatchObject({ derivedLevel: null, criteria: [], strengthQuote: null, concerns: [] });
  });
});
