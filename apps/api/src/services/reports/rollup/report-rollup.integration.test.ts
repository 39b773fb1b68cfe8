import type { PrismaClient } from '@preceptor/db';
import { seedDemoData } from '@preceptor/db/seed';
import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { Profession } from '@preceptor/domain/people/people-schemas';
import type { Actor } from '@preceptor/domain/permissions/actor';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../../../authorization/actors.ts';
import { SCHEDULES } from '../../../jobs/schedules.ts';
import { fixedClock, testActorContext, testServiceContext } from '../../../testing/service-context.ts';
import type { ActorContext } from '../../service-context.ts';
import { cohortComparisonReport, cohortComparisonSection } from '../cohort-comparison.ts';
import { engagementReport, engagementSection } from '../engagement.ts';
import { learningReport, learningSection } from '../learning.ts';
import { matchHealthReport, matchHealthSection } from '../match-health.ts';
import { participationReport, participationSection } from '../participation.ts';
import { reflectionPipelineReport, reflectionPipelineSection } from '../reflection-pipeline.ts';
import { type ReportScope, reportScope } from '../report-scope.ts';
import { reportFreshness, rolledUp } from './read-rollup.ts';
import { type RollupSection, rollupSlice } from './rollup-slice.ts';

/*
 * The rollup on PostgreSQL with the demo network (plus a mentee in two cohorts, one of them the
 * cardiac cohort shared by St. Mary's and Pacific Crest): what a network admin reads from it is
 * exactly what the live statements count at the refresh time, for every filter it answers; every
 * other filter and every coordinator runs live; a change shows once the job has run again.
 */

type Pair = [
  (ctx: ActorContext, filter: ReportFilter) => Promise<unknown>,
  (ctx: ActorContext, scope: ReportScope) => Promise<unknown>,
];
const SECTIONS: Record<RollupSection, Pair> = {
  participation: [participationReport, participationSection],
  engagement: [engagementReport, engagementSection],
  learning: [learningReport, learningSection],
  reflectionPipeline: [reflectionPipelineReport, reflectionPipelineSection],
  matchHealth: [matchHealthReport, matchHealthSection],
  cohortComparison: [cohortComparisonReport, cohortComparisonSection],
};

let database: TestDatabase;
let db: PrismaClient;
const clock = fixedClock(new Date());
let admin: Actor;
let coordinator: Actor;
const job = SCHEDULES.find((schedule) => schedule.name === 'reports.rollup');

async function hospital(code: string): Promise<string> {
  return (await db.hospital.findUniqueOrThrow({ where: { code } })).id;
}

async function cohort(name: string): Promise<string> {
  return (await db.cohort.findFirstOrThrow({ where: { name: { contains: name } } })).id;
}

/** A new mentee at St. Mary's, in the given cohorts. */
async function mentee(firstName: string, cohortIds: string[]): Promise<void> {
  await db.user.create({
    data: {
      email: `rollup-${firstName.toLowerCase()}@example.test`,
      firstName,
      lastName: 'Rollup',
      hospitalId: await hospital('SMH'),
      profile: { create: { profession: 'NURSING', careerStage: 'EARLY_CAREER', yearsExperience: 1 } },
      memberships: { create: cohortIds.map((cohortId) => ({ cohortId, role: 'MENTEE' as const })) },
    },
  });
}

const live = async (ctx: ActorContext, filter: ReportFilter, section: RollupSection) =>
  SECTIONS[section][1](ctx, await reportScope(ctx, filter));

async function runJob(): Promise<void> {
  if (!job) throw new Error('No reports.rollup schedule');
  await job.run(testServiceContext(db, { clock }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  await seedDemoData(db);
  const [adminUser, coordinatorUser] = await Promise.all(
    [ACTOR_EMAILS.admin, ACTOR_EMAILS.coordinator].map((email) =>
      db.user.findUniqueOrThrow({ where: { email } }),
    ),
  );
  admin = { userId: adminUser?.id ?? '', isNetworkAdmin: true, coordinatedHospitalIds: [] };
  coordinator = {
    userId: coordinatorUser?.id ?? '',
    isNetworkAdmin: false,
    coordinatedHospitalIds: [await hospital('SMH')],
  };
  await mentee('Twice', [await cohort('Cardiac'), await cohort('Neuromonitoring')]);
  await runJob();
}, 180_000);

afterAll(async () => {
  await database?.drop();
});

describe('the reports rollup', () => {
  it('gives a network admin exactly the live figures, for all professions and for each', async () => {
    const ctx = testActorContext(db, admin, { clock });
    const filters: ReportFilter[] = [
      {},
      { quietDays: 30 },
      ...Profession.options.map((profession) => ({ profession })),
    ];
    for (const filter of filters) {
      expect(rollupSlice(admin, filter)).not.toBeNull();
      for (const [section, [read]] of Object.entries(SECTIONS) as [RollupSection, Pair][]) {
        const stored = await rolledUp(ctx, filter, section);
        expect(stored, `${section} ${JSON.stringify(filter)}`).not.toBeNull();
        const counted = await live(ctx, filter, section);
        expect(stored, `${section} ${JSON.stringify(filter)}`).toEqual(counted);
        expect(await read(ctx, filter)).toEqual(counted);
      }
    }
    // The mentee in two cohorts is one person in the roll-up, as live.
    const both = (await participationReport(ctx, {})).byRole.find((row) => row.role === 'MENTEE');
    const memberships = await db.membership.findMany({ where: { role: 'MENTEE' }, distinct: ['userId'] });
    expect(both?.people).toBe(memberships.length);
    expect(await reportFreshness(ctx, {})).toEqual({
      source: 'rollup',
      asOf: clock.now(),
      refreshMinutes: 15,
    });
  });

  it('runs live for any other filter, and for a coordinator, whose shared cohort shows only their people', async () => {
    const ctx = testActorContext(db, admin, { clock });
    const narrowed: ReportFilter[] = [
      { hospitalId: await hospital('SMH') },
      { cohortId: await cohort('Cardiac') },
      { from: '2026-01-01' },
      { to: '2030-12-31' },
      { quietDays: 14 },
    ];
    for (const filter of narrowed) {
      expect(rollupSlice(admin, filter)).toBeNull();
      expect((await reportFreshness(ctx, filter)).source).toBe('live');
    }
    const own = testActorContext(db, coordinator, { clock });
    expect(rollupSlice(coordinator, {})).toBeNull();
    expect(await reportFreshness(own, {})).toMatchObject({ source: 'live', asOf: null });
    for (const [section, [read]] of Object.entries(SECTIONS) as [RollupSection, Pair][]) {
      expect(await read(own, {})).toEqual(await live(own, {}, section));
    }
    // The network's stored people are not the coordinator's (Pacific Crest's are in the shared cohort).
    expect(await participationReport(own, {})).not.toEqual(await rolledUp(ctx, {}, 'participation'));
    const cardiac = await cohort('Cardiac');
    const row = (await cohortComparisonReport(own, {})).cohorts.find((c) => c.cohortId === cardiac);
    const smhMentees = await db.membership.count({
      where: { cohortId: cardiac, role: 'MENTEE', active: true, user: { hospitalId: await hospital('SMH') } },
    });
    expect(row?.mentees).toBe(smhMentees);
  });

  it('shows a change once the job has run again, and stops serving figures the job left behind', async () => {
    const ctx = testActorContext(db, admin, { clock });
    const before = await participationReport(ctx, {});
    const mentees = (report: typeof before) =>
      report.byRole.find((row) => row.role === 'MENTEE')?.people ?? 0;
    await mentee('Later', [await cohort('Cardiac')]);
    clock.set(new Date(clock.now().getTime() + 60_000));
    expect(await participationReport(ctx, {})).toEqual(before);
    expect(mentees((await live(ctx, {}, 'participation')) as typeof before)).toBe(mentees(before) + 1);

    await runJob();
    const after = await participationReport(ctx, {});
    expect(mentees(after)).toBe(mentees(before) + 1);
    expect(after).toEqual(await live(ctx, {}, 'participation'));
    expect((await reportFreshness(ctx, {})).asOf).toEqual(clock.now());

    // Three refresh intervals without a run (the job stopped): the report counts live again.
    clock.set(new Date(clock.now().getTime() + 46 * 60_000));
    expect(await reportFreshness(ctx, {})).toMatchObject({ source: 'live', asOf: null });
    expect(await rolledUp(ctx, {}, 'participation')).toBeNull();
  });
});
