import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS, type ActorName } from '../../authorization/actors.ts';
import { freshReflection, PRIVATE_SENTENCE } from '../../authorization/reflection-fixtures.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/*
 * The rule that never bends: a reflection's words reach its author and the mentors it is shared
 * with, nobody else. Every text-bearing read is tried as staff, another mentor and another
 * mentee; the staff listing is searched for a known sentence.
 */

let app: TestApp;
let sharedId: string;

beforeAll(async () => {
  app = await startTestApp();
  sharedId = await freshReflection(app.prisma, { shared: true });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const OUTSIDERS: ActorName[] = ['otherMentee', 'otherMentor', 'otherCoordinator', 'coordinator', 'admin'];
const REFUSED = ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHORIZED'];

function reads(c: TestClient, reflectionId: string): Record<string, () => Promise<unknown>> {
  return {
    get: () => c.reflections.get.query({ reflectionId }),
    versions: () => c.reflections.versions.query({ reflectionId }),
    feedback: () => c.reflections.feedback.query({ reflectionId }),
    growth: async () => c.reflections.growth.query({ menteeId: await app.userId(ACTOR_EMAILS.mentee) }),
  };
}

describe('who can read a reflection', () => {
  for (const actor of OUTSIDERS) {
    it(`refuses ${actor} every read of mentee@'s shared reflection`, async () => {
      const client = await app.clientFor(ACTOR_EMAILS[actor as Exclude<ActorName, 'anonymous'>]);
      for (const [name, call] of Object.entries(reads(client, sharedId))) {
        const code = await outcomeCode(call());
        expect(REFUSED, `${actor} reading ${name}`).toContain(code);
      }
    });
  }

  it('refuses the mentor a draft that was never shared, and after it is unshared', async () => {
    const mentor = await app.clientFor(ACTOR_EMAILS.mentor);
    const mentee = await app.clientFor(ACTOR_EMAILS.mentee);
    const draftId = await freshReflection(app.prisma);
    expect(await outcomeCode(mentor.reflections.get.query({ reflectionId: draftId }))).toBe('NOT_FOUND');

    const id = await freshReflection(app.prisma, { shared: true });
    expect(await outcomeCode(mentor.reflections.get.query({ reflectionId: id }))).toBeNull();
    await mentee.reflections.unshare.mutate({ reflectionId: id });
    expect(await outcomeCode(mentor.reflections.get.query({ reflectionId: id }))).toBe('NOT_FOUND');
    expect(await outcomeCode(mentor.reflections.feedback.query({ reflectionId: id }))).toBe('NOT_FOUND');
  });

  it('never shows the mentor earlier versions (a fixed patient name may be in them)', async () => {
    const mentor = await app.clientFor(ACTOR_EMAILS.mentor);
    expect(await outcomeCode(mentor.reflections.versions.query({ reflectionId: sharedId }))).toBe(
      'NOT_FOUND',
    );
  });

  // One entry per request, however often a mentor asks: that is why the portal's review page
  // fetches text and feedback once per visit (apps/portal/.../reflections/audited-read-options.ts)
  // instead of refetching them on window focus.
  it('audits every read by the mentor, and none by the author', async () => {
    const id = await freshReflection(app.prisma, { shared: true });
    const mentor = await app.clientFor(ACTOR_EMAILS.mentor);
    const mentee = await app.clientFor(ACTOR_EMAILS.mentee);
    await mentor.reflections.get.query({ reflectionId: id });
    await mentor.reflections.feedback.query({ reflectionId: id });
    await mentee.reflections.get.query({ reflectionId: id });
    const entries = await app.prisma.auditLog.findMany({
      where: { entityId: id, action: 'reflection.read' },
    });
    const mentorId = await app.userId(ACTOR_EMAILS.mentor);
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.actorId === mentorId)).toBe(true);
    expect(entries.every((e) => e.hospitalIds.length === 1)).toBe(true);
  });
});

/** Every key anywhere in a value, to prove no title or body field is nested somewhere. */
function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysDeep(inner)]);
  }
  return [];
}

describe('what staff see', () => {
  for (const actor of ['coordinator', 'admin'] as const) {
    it(`${actor} sees status counts and dates of mentee@'s reflections but no words of them`, async () => {
      const client = await app.clientFor(ACTOR_EMAILS[actor]);
      const report = await client.reflections.reflectionStatusReport.query();
      const menteeId = await app.userId(ACTOR_EMAILS.mentee);
      const row = report.mentees.find((mentee) => mentee.menteeId === menteeId);
      const awaiting = await app.prisma.reflection.count({ where: { authorId: menteeId, status: 'SHARED' } });
      expect(awaiting).toBeGreaterThan(0);
      expect(row?.counts.awaitingReview).toBe(awaiting);
      const serialized = JSON.stringify(report);
      expect(serialized).not.toContain(PRIVATE_SENTENCE);
      expect(serialized).not.toContain('After the pump alarm');
      expect(serialized).not.toContain('clotting time');
      const keys = keysDeep(report);
      for (const forbidden of ['title', 'body', 'text', 'anchorText', 'generalComment']) {
        expect(keys).not.toContain(forbidden);
      }
    });
  }

  it('shows a coordinator nothing of another hospital', async () => {
    const client = await app.clientFor(ACTOR_EMAILS.otherCoordinator);
    const report = await client.reflections.reflectionStatusReport.query();
    const menteeId = await app.userId(ACTOR_EMAILS.mentee);
    expect(report.mentees.some((row) => row.menteeId === menteeId)).toBe(false);
  });
});
