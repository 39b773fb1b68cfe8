import { randomUUID } from 'node:crypto';
import type { ReflectionStatus } from '@preceptor/domain/reflections/reflection-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../../authorization/actors.ts';
import { hospitalId } from '../../authorization/admin-fixtures.ts';
import { outcomeCode, startTestApp, type TestApp } from '../../testing/test-app.ts';

/*
 * The staff reflection status report on PostgreSQL: counts by status per mentee, overdue and
 * stale items, the cohort and hospital filters, and each coordinator kept to their hospitals.
 * A cohort of its own (St. Mary's and Pacific Crest) with mentees whose reflections we date.
 */

let app: TestApp;
let cohortId: string;
let closedCohortId: string;
const ids: Record<'overdue' | 'stale' | 'quiet' | 'pacific' | 'closed', string> = {
  overdue: '',
  stale: '',
  quiet: '',
  pacific: '',
  closed: '',
};

const NOW = Date.now();
const daysAgo = (days: number) => new Date(NOW - days * 86_400_000);

async function person(lastName: string, hospital: 'SMH' | 'PCH'): Promise<string> {
  const user = await app.prisma.user.create({
    data: {
      email: `report-${randomUUID()}@example.test`,
      firstName: 'Report',
      lastName,
      hospitalId: await hospitalId(app.prisma, hospital),
    },
    select: { id: true },
  });
  return user.id;
}

async function cohort(name: string, status: 'ACTIVE' | 'CLOSED', members: string[]): Promise<string> {
  const created = await app.prisma.cohort.create({
    data: {
      name,
      status,
      startDate: new Date('2026-09-01'),
      endDate: new Date('2027-06-30'),
      hospitals: {
        create: [
          { hospitalId: await hospitalId(app.prisma, 'SMH') },
          { hospitalId: await hospitalId(app.prisma, 'PCH') },
        ],
      },
      memberships: { create: members.map((userId) => ({ userId, role: 'MENTEE' as const })) },
    },
    select: { id: true },
  });
  return created.id;
}

async function reflection(
  authorId: string,
  status: ReflectionStatus,
  sharedDaysAgo: number | null,
  updatedDaysAgo: number,
) {
  await app.prisma.reflection.create({
    data: {
      authorId,
      title: 'A title staff must never see',
      body: '<p>Words staff must never see.</p>',
      status,
      sharedAt: sharedDaysAgo === null ? null : daysAgo(sharedDaysAgo),
      createdAt: daysAgo(updatedDaysAgo + 1),
      updatedAt: daysAgo(updatedDaysAgo),
    },
  });
}

beforeAll(async () => {
  app = await startTestApp();
  ids.overdue = await person('Overdue', 'SMH');
  ids.stale = await person('Stale', 'SMH');
  ids.quiet = await person('Quiet', 'SMH');
  ids.pacific = await person('Pacific', 'PCH');
  ids.closed = await person('Closed', 'SMH');
  cohortId = await cohort(`Report cohort ${randomUUID()}`, 'ACTIVE', [
    ids.overdue,
    ids.stale,
    ids.quiet,
    ids.pacific,
  ]);
  closedCohortId = await cohort(`Closed report cohort ${randomUUID()}`, 'CLOSED', [ids.closed]);

  await reflection(ids.overdue, 'DRAFT', null, 1);
  await reflection(ids.overdue, 'SHARED', 10, 10);
  await reflection(ids.overdue, 'REVIEWED', 30, 25);
  await reflection(ids.stale, 'REVISION_REQUESTED', 40, 20);
  await reflection(ids.stale, 'SHARED', 2, 2);
  await reflection(ids.pacific, 'SHARED', 1, 1);
  await reflection(ids.closed, 'DRAFT', null, 3);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('reflection status report', () => {
  it('counts each mentee’s reflections by status and puts those waiting too long first', async () => {
    const coordinator = await app.clientFor(ACTOR_EMAILS.coordinator);
    const report = await coordinator.reflections.reflectionStatusReport.query({ cohortId });
    // The coordinator of St. Mary's sees St. Mary's mentees of this two-hospital cohort only.
    expect(report.mentees.map((mentee) => mentee.menteeId)).toEqual([ids.overdue, ids.stale, ids.quiet]);

    const [overdue, stale, quiet] = report.mentees;
    expect(overdue?.counts).toMatchObject({
      draft: 1,
      shared: 2,
      awaitingReview: 1,
      revisionRequested: 0,
      reviewed: 1,
      reviewOverdue: 1,
      revisionStale: 0,
    });
    expect(overdue?.counts.waitingSince?.getTime()).toBe(daysAgo(10).getTime());
    expect(overdue?.counts.lastActivityAt?.getTime()).toBe(daysAgo(1).getTime());
    expect(stale?.counts).toMatchObject({
      awaitingReview: 1,
      revisionRequested: 1,
      reviewOverdue: 0,
      revisionStale: 1,
    });
    expect(quiet?.counts).toMatchObject({ draft: 0, shared: 0, lastActivityAt: null, waitingSince: null });
    const smh = await app.prisma.hospital.findUniqueOrThrow({
      where: { code: 'SMH' },
      select: { name: true },
    });
    expect(quiet?.hospitalName).toBe(smh.name);
    expect(overdue?.cohortNames).toHaveLength(1);

    expect(report.totals).toMatchObject({
      draft: 1,
      shared: 4,
      awaitingReview: 2,
      revisionRequested: 1,
      reviewed: 1,
      reviewOverdue: 1,
      revisionStale: 1,
    });
    expect(report.reviewOverdueAfterDays).toBeGreaterThan(0);
  });

  it('shows a network admin every hospital’s mentees, and narrows to one hospital on request', async () => {
    const admin = await app.clientFor(ACTOR_EMAILS.admin);
    const all = await admin.reflections.reflectionStatusReport.query({ cohortId });
    expect(all.mentees.map((mentee) => mentee.menteeId).sort()).toEqual(
      [ids.overdue, ids.stale, ids.quiet, ids.pacific].sort(),
    );
    const pacific = await admin.reflections.reflectionStatusReport.query({
      cohortId,
      hospitalId: await hospitalId(app.prisma, 'PCH'),
    });
    expect(pacific.mentees.map((mentee) => mentee.menteeId)).toEqual([ids.pacific]);
    expect(pacific.totals.awaitingReview).toBe(1);
  });

  it('gives the other hospital’s coordinator only their own people of a shared cohort', async () => {
    const other = await app.clientFor(ACTOR_EMAILS.otherCoordinator);
    const report = await other.reflections.reflectionStatusReport.query({ cohortId });
    expect(report.mentees.map((mentee) => mentee.menteeId)).toEqual([ids.pacific]);
    expect(report.hospitals.map((hospital) => hospital.id)).toEqual([await hospitalId(app.prisma, 'PCH')]);
  });

  it('leaves closed cohorts out unless one is chosen, and says which are closed', async () => {
    const admin = await app.clientFor(ACTOR_EMAILS.admin);
    const open = await admin.reflections.reflectionStatusReport.query();
    expect(open.mentees.some((mentee) => mentee.menteeId === ids.closed)).toBe(false);
    expect(open.mentees.some((mentee) => mentee.menteeId === ids.overdue)).toBe(true);
    expect(open.cohorts.find((option) => option.id === closedCohortId)?.closed).toBe(true);
    const closed = await admin.reflections.reflectionStatusReport.query({ cohortId: closedCohortId });
    expect(closed.mentees.map((mentee) => mentee.menteeId)).toEqual([ids.closed]);
    expect(closed.totals.draft).toBe(1);
  });

  it('refuses a hospital or cohort the coordinator does not coordinate, and malformed ids', async () => {
    const coordinator = await app.clientFor(ACTOR_EMAILS.coordinator);
    const luh = await hospitalId(app.prisma, 'LUH');
    expect(await outcomeCode(coordinator.reflections.reflectionStatusReport.query({ hospitalId: luh }))).toBe(
      'NOT_FOUND',
    );
    const neuro = await app.prisma.cohort.findFirstOrThrow({
      where: { hospitals: { every: { hospital: { code: 'LUH' } } } },
      select: { id: true },
    });
    expect(
      await outcomeCode(coordinator.reflections.reflectionStatusReport.query({ cohortId: neuro.id })),
    ).toBe('NOT_FOUND');
    expect(
      await outcomeCode(coordinator.reflections.reflectionStatusReport.query({ cohortId: 'nope' })),
    ).toBe('BAD_REQUEST');
  });

  it('carries no title or body, however the report is filtered', async () => {
    const admin = await app.clientFor(ACTOR_EMAILS.admin);
    const serialized = JSON.stringify(await admin.reflections.reflectionStatusReport.query({ cohortId }));
    expect(serialized).not.toContain('A title staff must never see');
    expect(serialized).not.toContain('Words staff must never see');
  });
});
