import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS, type ActorName } from '../../authorization/actors.ts';
import { freshGoal, PRIVATE_GOAL_TITLE } from '../../authorization/goal-fixtures.ts';
import { demoPairMatchId, freshActiveMatch } from '../../authorization/matching-fixtures.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let app: TestApp;
let mentee: TestClient;
let mentor: TestClient;
let pairMatchId: string;

beforeAll(async () => {
  app = await startTestApp();
  mentee = await app.clientFor(ACTOR_EMAILS.mentee);
  mentor = await app.clientFor(ACTOR_EMAILS.mentor);
  pairMatchId = await demoPairMatchId(app.prisma);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const NEXT_YEAR = `${new Date().getUTCFullYear() + 1}-03-15`;
const blank = { description: null, targetDate: null, matchId: null };

async function fieldErrorsOf(call: Promise<unknown>): Promise<Record<string, string[]>> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as { fieldErrors?: Record<string, string[]>; details?: unknown };
    const details = data.details as { fieldErrors?: Record<string, string[]> } | undefined;
    return { ...data.fieldErrors, ...details?.fieldErrors };
  }
  throw new Error('The call succeeded');
}

describe("a mentee's own goals", () => {
  it('creates, edits, achieves, reopens and deletes a goal', async () => {
    const { id } = await mentee.goals.create.mutate({
      ...blank,
      title: '  Lead a circuit prime  ',
      description: 'With the senior perfusionist watching.',
      targetDate: NEXT_YEAR,
      matchId: pairMatchId,
    });
    let goal = (await mentee.goals.mine.query()).find((g) => g.id === id);
    expect(goal).toMatchObject({
      title: 'Lead a circuit prime',
      status: 'OPEN',
      targetDate: NEXT_YEAR,
      sharedWith: { matchId: pairMatchId, active: true },
    });

    await mentee.goals.update.mutate({ goalId: id, ...blank, title: 'Lead two circuit primes' });
    goal = (await mentee.goals.mine.query()).find((g) => g.id === id);
    expect(goal).toMatchObject({ title: 'Lead two circuit primes', description: null, targetDate: null });
    expect(goal?.sharedWith).toBeNull();

    expect(await mentee.goals.changeStatus.mutate({ goalId: id, status: 'DONE' })).toEqual({
      id,
      status: 'DONE',
    });
    expect(await outcomeCode(mentee.goals.changeStatus.mutate({ goalId: id, status: 'DROPPED' }))).toBe(
      'PRECONDITION_FAILED',
    );
    await mentee.goals.changeStatus.mutate({ goalId: id, status: 'OPEN' });
    await mentee.goals.delete.mutate({ goalId: id });
    expect((await mentee.goals.mine.query()).some((g) => g.id === id)).toBe(false);
  });

  it('offers only their own current mentors to share with', async () => {
    const options = await mentee.goals.mentorOptions.query();
    expect(options.map((o) => o.matchId)).toEqual([pairMatchId]);
  });

  it('refuses bad input at its field and saves nothing', async () => {
    const before = await app.prisma.goal.count();
    expect(await fieldErrorsOf(mentee.goals.create.mutate({ ...blank, title: '   ' }))).toHaveProperty(
      'title',
    );
    expect(
      await fieldErrorsOf(mentee.goals.create.mutate({ ...blank, title: 'Late', targetDate: '2020-01-01' })),
    ).toEqual({ targetDate: ['Choose a target date from today on.'] });
    const otherPair = await demoPairOf(ACTOR_EMAILS.otherMentee);
    expect(
      await fieldErrorsOf(
        mentee.goals.create.mutate({ ...blank, title: 'Borrowed mentor', matchId: otherPair }),
      ),
    ).toHaveProperty('matchId');
    expect(await app.prisma.goal.count()).toBe(before);
  });

  it('keeps an overdue date through an edit of the title, but refuses a new past date', async () => {
    const id = await freshGoal(app.prisma);
    await app.prisma.goal.update({ where: { id }, data: { targetDate: new Date('2026-01-10T00:00:00Z') } });
    await mentee.goals.update.mutate({ goalId: id, ...blank, title: 'Renamed', targetDate: '2026-01-10' });
    expect(
      await fieldErrorsOf(
        mentee.goals.update.mutate({ goalId: id, ...blank, title: 'x', targetDate: '2026-01-09' }),
      ),
    ).toHaveProperty('targetDate');
  });
});

async function demoPairOf(menteeEmail: string): Promise<string> {
  const match = await app.prisma.match.findFirstOrThrow({
    where: { status: 'ACTIVE', mentee: { user: { email: menteeEmail } } },
    select: { id: true },
  });
  return match.id;
}

describe('who else sees a goal', () => {
  it("shows the mentor the goals shared with their match, read-only, and nothing else of the mentee's", async () => {
    const shared = await freshGoal(app.prisma, { shared: true });
    const unshared = await freshGoal(app.prisma);
    const menteeId = await app.userId(ACTOR_EMAILS.mentee);
    // The same mentee's goal shared with a different mentor, in another cohort.
    const elsewhere = await app.prisma.goal.create({
      data: {
        ownerId: menteeId,
        title: 'For my other mentor',
        matchId: await freshActiveMatch(app.prisma, menteeId),
      },
      select: { id: true },
    });
    const seen = (await mentor.goals.ofMatch.query({ matchId: pairMatchId })).map((g) => g.id);
    expect(seen).toContain(shared);
    expect(seen).not.toContain(unshared);
    expect(seen).not.toContain(elsewhere.id);
    expect(await outcomeCode(mentor.goals.changeStatus.mutate({ goalId: shared, status: 'DONE' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('stops showing the mentor the goals once the match has ended', async () => {
    const menteeId = await app.userId(ACTOR_EMAILS.mentee);
    const matchId = await freshActiveMatch(app.prisma, menteeId);
    const match = await app.prisma.match.findUniqueOrThrow({
      where: { id: matchId },
      select: { mentor: { select: { user: { select: { email: true } } } } },
    });
    await app.prisma.goal.create({ data: { ownerId: menteeId, title: 'Shared for a while', matchId } });
    const fixtureMentor = await app.clientFor(match.mentor.user.email);
    expect(await fixtureMentor.goals.ofMatch.query({ matchId })).toHaveLength(1);
    await app.prisma.match.update({ where: { id: matchId }, data: { status: 'ENDED', endedAt: new Date() } });
    expect(await outcomeCode(fixtureMentor.goals.ofMatch.query({ matchId }))).toBe('NOT_FOUND');
  });

  const OUTSIDERS: Exclude<ActorName, 'anonymous' | 'mentee'>[] = [
    'otherMentee',
    'otherMentor',
    'coordinator',
    'otherCoordinator',
    'admin',
  ];
  for (const actor of OUTSIDERS) {
    it(`refuses ${actor} every read and change of mentee@'s goal, and changes nothing`, async () => {
      const id = await freshGoal(app.prisma, { shared: true });
      const before = await app.prisma.goal.findUniqueOrThrow({ where: { id } });
      const client = await app.clientFor(ACTOR_EMAILS[actor]);
      const calls = {
        ofMatch: () => client.goals.ofMatch.query({ matchId: pairMatchId }),
        update: () => client.goals.update.mutate({ goalId: id, ...blank, title: 'Hijacked' }),
        changeStatus: () => client.goals.changeStatus.mutate({ goalId: id, status: 'DROPPED' }),
        delete: () => client.goals.delete.mutate({ goalId: id }),
      };
      for (const [name, call] of Object.entries(calls)) {
        expect(['NOT_FOUND', 'FORBIDDEN'], `${actor} calling ${name}`).toContain(await outcomeCode(call()));
      }
      const mine = await outcomeCode(client.goals.mine.query());
      if (mine === null) {
        const titles = (await client.goals.mine.query()).map((g) => g.title);
        expect(titles).not.toContain(PRIVATE_GOAL_TITLE);
      }
      expect(await app.prisma.goal.findUniqueOrThrow({ where: { id } })).toEqual(before);
    });
  }
});
