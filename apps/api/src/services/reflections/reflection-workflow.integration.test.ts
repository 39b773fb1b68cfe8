import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../../authorization/actors.ts';
import { rubricAt } from '../../testing/review-input.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/*
 * The journal's life on PostgreSQL: saving with versions and conflicts, the identifier check
 * on share, review with anchored comments, revision back into the queue, growth.
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

function errorDetails(error: unknown): unknown {
  return (error as { data?: { details?: unknown } }).data?.details;
}

async function refusal(
  call: Promise<unknown>,
): Promise<{ code: string | null; details: unknown; message: string }> {
  try {
    await call;
    return { code: null, details: null, message: '' };
  } catch (error) {
    return {
      code: await outcomeCode(Promise.reject(error)),
      details: errorDetails(error),
      message: (error as Error).message,
    };
  }
}

describe('drafts, versions and conflicts', () => {
  it('keeps a version for every save that changes text, and none for one that does not', async () => {
    const { id } = await mentee.reflections.create.mutate({ title: 'Night shift', body: '<p>First.</p>' });
    const v2 = await mentee.reflections.save.mutate({
      reflectionId: id,
      expectedVersion: 1,
      title: 'Night shift',
      body: '<p>Second.</p>',
    });
    expect(v2).toMatchObject({ version: 2, changed: true, status: 'DRAFT' });
    const same = await mentee.reflections.save.mutate({
      reflectionId: id,
      expectedVersion: 2,
      title: 'Night shift',
      body: '<p>Second.</p>',
    });
    expect(same).toMatchObject({ version: 2, changed: false });
    const versions = await mentee.reflections.versions.query({ reflectionId: id });
    expect(versions.map((v) => [v.version, v.body])).toEqual([
      [2, '<p>Second.</p>'],
      [1, '<p>First.</p>'],
    ]);
  });

  it('refuses a stale save with CONFLICT and the server’s text, never overwriting it', async () => {
    const { id } = await mentee.reflections.create.mutate({ title: 'Two tabs', body: '<p>Original.</p>' });
    await mentee.reflections.save.mutate({
      reflectionId: id,
      expectedVersion: 1,
      title: 'Two tabs',
      body: '<p>From tab A.</p>',
    });
    const stale = await refusal(
      mentee.reflections.save.mutate({
        reflectionId: id,
        expectedVersion: 1,
        title: 'Two tabs',
        body: '<p>From tab B.</p>',
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.details).toMatchObject({ current: { version: 2, body: '<p>From tab A.</p>' } });
    const now = await mentee.reflections.get.query({ reflectionId: id });
    expect(now.body).toBe('<p>From tab A.</p>');
  });

  it('lets exactly one of two racing saves on the same version win', async () => {
    const { id } = await mentee.reflections.create.mutate({ title: 'Race', body: '<p>Start.</p>' });
    const results = await Promise.all(
      ['A', 'B', 'C'].map((tab) =>
        outcomeCode(
          mentee.reflections.save.mutate({
            reflectionId: id,
            expectedVersion: 1,
            title: 'Race',
            body: `<p>${tab}</p>`,
          }),
        ),
      ),
    );
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.filter((r) => r === 'CONFLICT')).toHaveLength(2);
    expect((await mentee.reflections.versions.query({ reflectionId: id })).map((v) => v.version)).toEqual([
      2, 1,
    ]);
  });

  it('restores an earlier version as a new version, keeping the ones in between', async () => {
    const { id } = await mentee.reflections.create.mutate({ title: 'Restore', body: '<p>One.</p>' });
    await mentee.reflections.save.mutate({
      reflectionId: id,
      expectedVersion: 1,
      title: 'Restore',
      body: '<p>Two.</p>',
    });
    const restored = await mentee.reflections.restoreVersion.mutate({
      reflectionId: id,
      version: 1,
      expectedVersion: 2,
    });
    expect(restored.version).toBe(3);
    expect((await mentee.reflections.get.query({ reflectionId: id })).body).toBe('<p>One.</p>');
    expect((await mentee.reflections.versions.query({ reflectionId: id })).map((v) => v.version)).toEqual([
      3, 2, 1,
    ]);
  });

  it('stores sanitized HTML: no script or event handlers reach the mentor', async () => {
    const { id } = await mentee.reflections.create.mutate({
      title: 'Sanitize',
      body: '<p onclick="steal()">Hi<script>alert(1)</script> <a href="javascript:x()">link</a><img src=x onerror=y></p>',
    });
    const body = (await mentee.reflections.get.query({ reflectionId: id })).body;
    expect(body).not.toMatch(/script|onclick|onerror|javascript|<img/);
    expect(body).toContain('Hi');
  });
});

describe('sharing with the identifier check', () => {
  it('refuses to share a patient name, lists it, and shares once it is fixed', async () => {
    const body = '<p>During the pump run Mr. Alvarez became hypotensive and I hesitated to speak up.</p>';
    const { id } = await mentee.reflections.create.mutate({ title: 'Speaking up', body });
    const refused = await refusal(mentee.reflections.share.mutate({ reflectionId: id }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.details).toMatchObject({
      findings: [{ kind: 'name', text: 'Mr. Alvarez', field: 'body' }],
    });
    expect((await mentor.reflections.reviewQueue.query()).some((q) => q.id === id)).toBe(false);

    await mentee.reflections.save.mutate({
      reflectionId: id,
      expectedVersion: 1,
      title: 'Speaking up',
      body: body.replace('Mr. Alvarez', 'the patient'),
    });
    const shared = await mentee.reflections.share.mutate({ reflectionId: id });
    expect(shared.status).toBe('SHARED');
    const mentorId = await app.userId(ACTOR_EMAILS.mentor);
    expect(shared.sharedWith.map((m) => m.mentorId)).toContain(mentorId);
    expect((await mentor.reflections.reviewQueue.query()).some((q) => q.id === id)).toBe(true);
    expect(await app.prisma.notification.count({ where: { userId: mentorId, link: `/reviews/${id}` } })).toBe(
      1,
    );
  });

  it('shares after the writer confirms a finding is not a patient identifier, and records it', async () => {
    const { id } = await mentee.reflections.create.mutate({
      title: 'A word from Mrs. Patel',
      body: '<p>Our educator Mrs. Patel walked me through the checklist.</p>',
    });
    const refused = await refusal(mentee.reflections.share.mutate({ reflectionId: id }));
    expect(refused.details).toMatchObject({ findings: [{ field: 'title' }, { field: 'body' }] });
    // One confirmation covers the same words wherever they appear.
    await mentee.reflections.confirmFinding.mutate({ reflectionId: id, kind: 'name', text: 'Mrs. Patel' });
    expect((await mentee.reflections.share.mutate({ reflectionId: id })).status).toBe('SHARED');
    const confirmation = await app.prisma.identifierConfirmation.findMany({ where: { reflectionId: id } });
    expect(confirmation.map((c) => [c.kind, c.findingKey])).toEqual([['name', 'name:mrs patel']]);
  });

  it('asks about a possibly identifying detail without holding the share, and records a confirmation', async () => {
    const body = '<p>The patient was the mayor of our town and I felt the pressure of that.</p>';
    const { id } = await mentee.reflections.create.mutate({ title: 'Pressure', body });
    await mentee.reflections.confirmFinding.mutate({
      reflectionId: id,
      kind: 'unique_detail',
      text: 'the mayor of our town',
    });
    const confirmation = await app.prisma.identifierConfirmation.findMany({ where: { reflectionId: id } });
    expect(confirmation.map((c) => c.kind)).toEqual(['unique_detail']);

    const other = await mentee.reflections.create.mutate({ title: 'Pressure again', body });
    expect((await mentee.reflections.share.mutate({ reflectionId: other.id })).status).toBe('SHARED');
  });

  it('refuses to confirm a passage the check does not flag', async () => {
    const { id } = await mentee.reflections.create.mutate({ title: 'Clean', body: '<p>Nothing here.</p>' });
    expect(
      await outcomeCode(
        mentee.reflections.confirmFinding.mutate({ reflectionId: id, kind: 'name', text: 'Mr. Nobody' }),
      ),
    ).toBe('PRECONDITION_FAILED');
  });

  it('does not let a shared reflection be edited until it is unshared', async () => {
    const { id } = await mentee.reflections.create.mutate({ title: 'Locked', body: '<p>Shared text.</p>' });
    await mentee.reflections.share.mutate({ reflectionId: id });
    const edit = await refusal(
      mentee.reflections.save.mutate({
        reflectionId: id,
        expectedVersion: 1,
        title: 'Locked',
        body: '<p>New.</p>',
      }),
    );
    expect(edit.code).toBe('PRECONDITION_FAILED');
    expect(edit.message).toMatch(/Unshare it to edit/);
    expect((await mentee.reflections.unshare.mutate({ reflectionId: id })).status).toBe('DRAFT');
    expect((await mentor.reflections.reviewQueue.query()).some((q) => q.id === id)).toBe(false);
  });
});

describe('review', () => {
  it('requests a revision with an anchored comment; the revised entry returns to the queue with its history', async () => {
    const text = 'I checked the clotting time twice before I said anything.';
    const { id } = await mentee.reflections.create.mutate({ title: 'Clotting time', body: `<p>${text}</p>` });
    await mentee.reflections.share.mutate({ reflectionId: id });
    const reading = await mentor.reflections.get.query({ reflectionId: id });
    const start = text.indexOf('twice');
    const first = await mentor.reflections.review.mutate({
      reflectionId: id,
      reflectionVersion: reading.version,
      ...rubricAt('THOUGHTFUL_ACTION', 'I checked the clotting time'),
      generalComment: 'Tell me more about why you waited.',
      comments: [
        {
          body: 'What made you check twice?',
          anchorStart: start,
          anchorEnd: start + 5,
          anchorText: 'forged',
        },
      ],
      outcome: 'REVISION_REQUESTED',
    });
    expect(first.status).toBe('REVISION_REQUESTED');
    expect((await mentor.reflections.reviewQueue.query()).some((q) => q.id === id)).toBe(false);

    const feedback = await mentee.reflections.feedback.query({ reflectionId: id });
    expect(feedback[0]?.comments[0]).toMatchObject({
      anchorText: 'twice',
      body: 'What made you check twice?',
    });
    const menteeId = await app.userId(ACTOR_EMAILS.mentee);
    expect(await app.prisma.notification.count({ where: { userId: menteeId, link: `/journal/${id}` } })).toBe(
      1,
    );

    await mentee.reflections.save.mutate({
      reflectionId: id,
      expectedVersion: 1,
      title: 'Clotting time',
      body: `<p>${text} I waited because I doubted myself, and next time I will speak at once.</p>`,
    });
    await mentee.reflections.share.mutate({ reflectionId: id });
    expect((await mentor.reflections.reviewQueue.query()).some((q) => q.id === id)).toBe(true);

    const stale = await outcomeCode(
      mentor.reflections.review.mutate({
        reflectionId: id,
        reflectionVersion: 1,
        ...rubricAt('REFLECTION', 'I checked the clotting time'),
        generalComment: 'Much deeper.',
        outcome: 'REVIEWED',
      }),
    );
    expect(stale).toBe('CONFLICT');
    await mentor.reflections.review.mutate({
      reflectionId: id,
      reflectionVersion: 2,
      ...rubricAt('CRITICAL_REFLECTION', 'next time I will speak at once', 'TRANSFORMATIVE'),
      generalComment: 'Much deeper.',
      outcome: 'REVIEWED',
    });
    const history = await mentee.reflections.feedback.query({ reflectionId: id });
    expect(history.map((r) => [r.reflectionVersion, r.outcome])).toEqual([
      [1, 'REVISION_REQUESTED'],
      [2, 'REVIEWED'],
    ]);
    expect((await mentee.reflections.get.query({ reflectionId: id })).status).toBe('REVIEWED');

    const growth = await mentee.reflections.growth.query({});
    expect(growth.slice(-2).map((p) => p.rank)).toEqual([2, 4]);
    const mentorsView = await mentor.reflections.growth.query({ menteeId });
    expect(mentorsView.slice(-2).map((p) => p.level)).toEqual(['THOUGHTFUL_ACTION', 'CRITICAL_REFLECTION']);
  });

  it('lists a mentor’s past reviews, newest first, without any reflection text', async () => {
    const title = 'A title only its readers see';
    const text = 'The words of this reflection stay on the review page.';
    const { id } = await mentee.reflections.create.mutate({ title, body: `<p>${text}</p>` });
    await mentee.reflections.share.mutate({ reflectionId: id });
    const reading = await mentor.reflections.get.query({ reflectionId: id });
    await mentor.reflections.review.mutate({
      reflectionId: id,
      reflectionVersion: reading.version,
      ...rubricAt('REFLECTION', text),
      generalComment: 'A comment the list leaves out.',
      outcome: 'REVIEWED',
    });
    const history = await mentor.reflections.reviewHistory.query();
    expect(history[0]).toMatchObject({
      reflectionId: id,
      reflectionVersion: reading.version,
      level: 'REFLECTION',
      outcome: 'REVIEWED',
      canOpen: true,
    });
    const listed = JSON.stringify(history);
    for (const words of [title, text, 'A comment the list leaves out.']) expect(listed).not.toContain(words);
    const times = history.map((entry) => entry.reviewedAt.getTime());
    expect(times).toEqual(times.toSorted((a, b) => b - a));
    // Another mentor's list holds none of this mentor's reviews.
    const other = await app.clientFor(ACTOR_EMAILS.otherMentor);
    expect((await other.reflections.reviewHistory.query()).some((entry) => entry.reflectionId === id)).toBe(
      false,
    );
  });

  it('refuses a review of a reflection that is not waiting for one', async () => {
    const { id } = await mentee.reflections.create.mutate({ title: 'Draft', body: '<p>Still a draft.</p>' });
    expect(
      await outcomeCode(
        mentor.reflections.review.mutate({
          reflectionId: id,
          reflectionVersion: 1,
          ...rubricAt('REFLECTION', 'Still a draft'),
          generalComment: 'x',
          outcome: 'REVIEWED',
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});
