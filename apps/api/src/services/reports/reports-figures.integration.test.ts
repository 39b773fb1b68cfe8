import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../../authorization/actors.ts';
import { hospitalId } from '../../authorization/admin-fixtures.ts';
import { startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/*
 * Each report figure on a cohort of its own whose every number is known, spanning St. Mary's
 * (SMH: mentees Ada and Bo, mentor Mia) and Pacific Crest (PCH: mentee Cy, mentor Noor):
 *   Ada–Mia active, met 45 and 5 days ago; Ada finished module 1 on her second quiz attempt and
 *     had a reflection reviewed 48 hours after sharing it.
 *   Bo–Noor ended early by Bo ("Schedules did not fit"); Bo started module 1 and is overdue.
 *   Cy–Noor active, never met: quiet. Cy never started module 1: overdue.
 * Module 1 fell due 20 days ago; module 2 falls due in 60 days.
 */

let app: TestApp;
let cohortId: string;
const people: Record<'ada' | 'bo' | 'cy' | 'mia' | 'noor', string> = {
  ada: '',
  bo: '',
  cy: '',
  mia: '',
  noor: '',
};
const modules: string[] = [];
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

async function person(firstName: string, hospital: 'SMH' | 'PCH'): Promise<string> {
  const user = await app.prisma.user.create({
    data: {
      email: `figures-${randomUUID()}@example.test`,
      firstName,
      lastName: 'Figures',
      hospitalId: await hospitalId(app.prisma, hospital),
      passwordHash: firstName === 'Cy' ? null : 'not-a-real-hash',
    },
  });
  return user.id;
}

async function match(mentee: string, mentor: string, data: Record<string, unknown>) {
  const [menteeMembership, mentorMembership] = await Promise.all(
    [mentee, mentor].map((userId) =>
      app.prisma.membership.findUniqueOrThrow({ where: { cohortId_userId: { cohortId, userId } } }),
    ),
  );
  return app.prisma.match.create({
    data: {
      cohortId,
      menteeMembershipId: menteeMembership?.id ?? '',
      mentorMembershipId: mentorMembership?.id ?? '',
      score: 0.5,
      factors: [],
      ...data,
    },
  });
}

beforeAll(async () => {
  app = await startTestApp();
  people.ada = await person('Ada', 'SMH');
  people.bo = await person('Bo', 'SMH');
  people.cy = await person('Cy', 'PCH');
  people.mia = await person('Mia', 'SMH');
  people.noor = await person('Noor', 'PCH');
  const published = await app.prisma.moduleVersion.findMany({
    where: { status: 'PUBLISHED' },
    distinct: ['moduleId'],
    take: 2,
    select: { moduleId: true, id: true },
  });
  modules.push(...published.map((version) => version.moduleId));
  const cohort = await app.prisma.cohort.create({
    data: {
      name: `Figures cohort ${randomUUID()}`,
      status: 'ACTIVE',
      startDate: ago(90),
      endDate: new Date(Date.now() + 200 * DAY),
      hospitals: {
        create: [
          { hospitalId: await hospitalId(app.prisma, 'SMH') },
          { hospitalId: await hospitalId(app.prisma, 'PCH') },
        ],
      },
      memberships: {
        create: [
          { userId: people.ada, role: 'MENTEE' },
          { userId: people.bo, role: 'MENTEE' },
          { userId: people.cy, role: 'MENTEE' },
          { userId: people.mia, role: 'MENTOR', capacity: 1 },
          { userId: people.noor, role: 'MENTOR', capacity: 2 },
        ],
      },
      curriculum: {
        create: [
          { moduleId: modules[0] ?? '', position: 0, dueAt: ago(20) },
          { moduleId: modules[1] ?? '', position: 1, dueAt: ago(-60) },
        ],
      },
    },
  });
  cohortId = cohort.id;

  const adaMia = await match(people.ada, people.mia, { status: 'ACTIVE', activatedAt: ago(60) });
  await match(people.bo, people.noor, {
    status: 'ENDED',
    activatedAt: ago(60),
    endedAt: ago(10),
    endReason: 'Schedules did not fit',
    endedById: people.bo,
  });
  await match(people.cy, people.noor, { status: 'ACTIVE', activatedAt: ago(50) });
  await app.prisma.meeting.createMany({
    data: [
      { matchId: adaMia.id, loggedById: people.ada, occurredAt: ago(45), durationMinutes: 60 },
      { matchId: adaMia.id, loggedById: people.ada, occurredAt: ago(5), durationMinutes: 30 },
    ],
  });

  const version = published[0]?.id ?? '';
  await app.prisma.moduleProgress.create({
    data: {
      userId: people.ada,
      moduleId: modules[0] ?? '',
      moduleVersionId: version,
      status: 'COMPLETED',
      startedAt: ago(30),
      completedAt: ago(25),
      attempts: {
        create: [
          { attemptNumber: 1, shuffleSeed: 1, passed: false, scorePercent: 40, submittedAt: ago(26) },
          { attemptNumber: 2, shuffleSeed: 2, passed: true, scorePercent: 90, submittedAt: ago(25) },
        ],
      },
    },
  });
  await app.prisma.moduleProgress.create({
    data: { userId: people.bo, moduleId: modules[0] ?? '', moduleVersionId: version, startedAt: ago(28) },
  });

  const shared = ago(20);
  await app.prisma.reflection.create({
    data: {
      authorId: people.ada,
      title: 'Not for staff',
      body: '<p>Not for staff.</p>',
      status: 'REVIEWED',
      sharedAt: shared,
      createdAt: ago(21),
      shares: { create: { mentorId: people.mia, version: 1, sharedAt: shared } },
      reviews: {
        create: {
          mentorId: people.mia,
          reflectionVersion: 1,
          level: 'REFLECTION',
          generalComment: 'Not for staff.',
          outcome: 'REVIEWED',
          createdAt: new Date(shared.getTime() + 48 * 3_600_000),
        },
      },
    },
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const names = async (c: TestClient, input: Parameters<TestClient['reports']['drillDown']['query']>[0]) =>
  (await c.reports.drillDown.query({ ...input, cohortId })).rows.map((row) => row.name).sort();

describe('St. Mary’s coordinator, in the cohort shared with Pacific Crest', () => {
  it('counts only St. Mary’s people, in every section', async () => {
    const c = await app.clientFor(ACTOR_EMAILS.coordinator);
    const filter = { cohortId };
    const participation = await c.reports.participation.query(filter);
    expect(participation.byRole).toEqual([
      { role: 'MENTEE', people: 2, active: 2, removed: 0, signedIn: 2, invited: 0 },
      { role: 'MENTOR', people: 1, active: 1, removed: 0, signedIn: 1, invited: 0 },
    ]);
    expect(participation.matches).toEqual([
      { status: 'ACTIVE', matches: 1 },
      { status: 'ENDED', matches: 1 },
    ]);

    const engagement = await c.reports.engagement.query(filter);
    expect(engagement.byCohort).toHaveLength(1);
    expect(engagement.byCohort[0]).toMatchObject({
      activeMatches: 1,
      meetings: 2,
      mentoringHours: 1.5,
      quietMatches: 0,
    });
    expect(engagement.byCohort[0]?.medianDaysSinceLastActivity).toBeCloseTo(5, 1);

    const learning = await c.reports.learning.query(filter);
    expect(learning.byModule.find((row) => row.moduleId === modules[0])).toMatchObject({
      assigned: 2,
      completed: 1,
      inProgress: 0,
      notStarted: 0,
      overdue: 1,
    });
    expect(learning.byModule.find((row) => row.moduleId === modules[1])).toMatchObject({
      assigned: 2,
      notStarted: 2,
    });
    expect(learning.quizzes).toEqual([
      expect.objectContaining({
        moduleId: modules[0],
        people: 1,
        attempts: 2,
        passedAttempts: 1,
        peoplePassed: 1,
      }),
    ]);

    const pipeline = await c.reports.reflectionPipeline.query(filter);
    expect(pipeline.byStage).toEqual([{ stage: 'REVIEWED', reflections: 1, people: 1 }]);
    expect(pipeline.turnaround.reviews).toBe(1);
    expect(pipeline.turnaround.medianHours).toBeCloseTo(48, 3);
    expect(pipeline.levelsByMonth.reduce((sum, row) => sum + row.REFLECTION, 0)).toBe(1);

    const health = await c.reports.matchHealth.query(filter);
    // Bo's mentor is at Pacific Crest: the reason stays with staff who can see both people.
    expect(health.endedEarly).toEqual([{ endedBy: 'MENTEE', reason: null, matches: 1 }]);
    expect(health.mentorLoad).toEqual([{ load: 'AT', mentors: 1, capacity: 1, activeMatches: 1 }]);

    const comparison = await c.reports.cohortComparison.query(filter);
    expect(comparison.cohorts).toEqual([
      expect.objectContaining({
        mentees: 2,
        mentors: 1,
        activeMatches: 1,
        assigned: 4,
        completed: 1,
        overdue: 1,
        meetings: 2,
      }),
    ]);
    expect(comparison.rollUp).toMatchObject({ cohortId: null, mentees: 2, overdue: 1 });
  });

  it('drills each figure down to the same St. Mary’s people', async () => {
    const c = await app.clientFor(ACTOR_EMAILS.coordinator);
    expect(await names(c, { figure: 'assignments', assignment: 'overdue' })).toEqual(['Bo Figures']);
    expect(await names(c, { figure: 'assignments', assignment: 'completed' })).toEqual(['Ada Figures']);
    expect(await names(c, { figure: 'quizAttempts', quiz: 'passed' })).toEqual(['Ada Figures']);
    expect(await names(c, { figure: 'endedEarly' })).toEqual(['Bo Figures']);
    expect(await names(c, { figure: 'quietMatches' })).toEqual([]);
    expect(await names(c, { figure: 'mentorLoad', load: 'AT' })).toEqual(['Mia Figures']);
    expect(await names(c, { figure: 'reviews', level: 'REFLECTION' })).toEqual(['Ada Figures']);
    const ended = await c.reports.drillDown.query({ figure: 'endedEarly', cohortId });
    expect(ended.rows[0]).toMatchObject({ counterpart: null, reason: null, status: 'Mentee' });
    const active = await c.reports.drillDown.query({ figure: 'matches', matchStatus: 'ACTIVE', cohortId });
    expect(active.rows[0]).toMatchObject({ name: 'Ada Figures', counterpart: 'Mia Figures' });
  });
});

describe('Pacific Crest’s coordinator and the network admin, in the same cohort', () => {
  it('the other coordinator sees Pacific Crest’s side only', async () => {
    const c = await app.clientFor(ACTOR_EMAILS.otherCoordinator);
    expect(await names(c, { figure: 'assignments', assignment: 'overdue' })).toEqual(['Cy Figures']);
    expect(await names(c, { figure: 'quietMatches' })).toEqual(['Cy Figures']);
    expect(await names(c, { figure: 'members', account: 'invited' })).toEqual(['Cy Figures']);
    expect(await names(c, { figure: 'endedEarly' })).toEqual([]);
    expect((await c.reports.matchHealth.query({ cohortId })).mentorLoad).toEqual([
      { load: 'UNDER', mentors: 1, capacity: 2, activeMatches: 1 },
    ]);
  });

  it('the admin sees both sides, and the reason a match ended', async () => {
    const c = await app.clientFor(ACTOR_EMAILS.admin);
    expect(await names(c, { figure: 'assignments', assignment: 'overdue' })).toEqual([
      'Bo Figures',
      'Cy Figures',
    ]);
    expect((await c.reports.matchHealth.query({ cohortId })).endedEarly).toEqual([
      { endedBy: 'MENTEE', reason: 'Schedules did not fit', matches: 1 },
    ]);
    const search = await c.reports.drillDown.query({ figure: 'members', cohortId, search: 'noor' });
    expect(search.rows.map((row) => row.name)).toEqual(['Noor Figures']);
  });

  it('refuses a start date after the end date, naming the field', async () => {
    const c = await app.clientFor(ACTOR_EMAILS.admin);
    await expect(c.reports.learning.query({ from: '2027-02-01', to: '2027-01-01' })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: { to: ['The start date must not be after the end date.'] } },
    });
  });
});
