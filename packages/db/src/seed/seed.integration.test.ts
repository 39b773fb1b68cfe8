import { verify } from '@node-rs/argon2';
import { MatchFactor } from '@preceptor/domain/matching/match-schemas';
import { MATCH_FACTORS } from '@preceptor/domain/matching/weights';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModuleContent } from '../content/load-modules.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { isDatabaseEmpty, type SeedDemoResult, seedDemoData } from './seed-demo-data.ts';

let db: TestDatabase;
let prisma: PrismaClient;
let first: SeedDemoResult;
let wasEmpty: boolean;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  wasEmpty = await isDatabaseEmpty(prisma);
  first = await seedDemoData(prisma);
  console.log(`[seed] ${db.kind}: first run ${first.durationMs} ms`);
});
afterAll(() => db?.drop());

/** Row counts of every table the seed writes, to prove a second run adds nothing. */
async function tableCounts() {
  return {
    hospitals: await prisma.hospital.count(),
    users: await prisma.user.count(),
    profiles: await prisma.profile.count(),
    staffRoles: await prisma.staffRole.count(),
    cohorts: await prisma.cohort.count(),
    memberships: await prisma.membership.count(),
    preferences: await prisma.mentorPreference.count(),
    matches: await prisma.match.count(),
    modules: await prisma.module.count(),
    versions: await prisma.moduleVersion.count(),
    sections: await prisma.moduleSection.count(),
    questions: await prisma.quizQuestion.count(),
    curriculum: await prisma.curriculumItem.count(),
    progress: await prisma.moduleProgress.count(),
    reflections: await prisma.reflection.count(),
    reflectionVersions: await prisma.reflectionVersion.count(),
    shares: await prisma.reflectionShare.count(),
    goals: await prisma.goal.count(),
    meetings: await prisma.meeting.count(),
    notifications: await prisma.notification.count(),
    audit: await prisma.auditLog.count(),
    checkIns: await prisma.checkIn.count(),
  };
}

describe('seedDemoData', () => {
  it('seeds an empty database and reports what it created', async () => {
    expect(wasEmpty).toBe(true);
    expect(first.seeded).toBe(true);
    expect(await isDatabaseEmpty(prisma)).toBe(false);
    expect(first.counts.users).toBe(await prisma.user.count());
    // The demo pair's 30-day check-in, open for each of them.
    expect(first.counts.checkIns).toBe(2);
    expect(await prisma.checkIn.count({ where: { answeredAt: null, occasion: 'DAY_30' } })).toBe(2);
  });

  it('creates three hospitals with code, city, state and time zone', async () => {
    const hospitals = await prisma.hospital.findMany();
    expect(hospitals).toHaveLength(3);
    for (const hospital of hospitals) {
      expect(hospital.code).toMatch(/^[A-Z]{2,5}$/);
      expect(hospital.city && hospital.state && hospital.timeZone).toBeTruthy();
    }
    expect(hospitals.find((hospital) => hospital.code === 'SMH')).toMatchObject({
      name: "St. Mary's Medical Center",
      city: 'Boston',
      state: 'MA',
      timeZone: 'America/New_York',
    });
  });

  it('creates two active cohorts, one spanning two hospitals', async () => {
    const cohorts = await prisma.cohort.findMany({ include: { hospitals: true } });
    expect(cohorts).toHaveLength(2);
    expect(cohorts.every((cohort) => cohort.status === 'ACTIVE')).toBe(true);
    expect(cohorts.some((cohort) => cohort.hospitals.length >= 2)).toBe(true);
  });

  it('creates at least 12 mentors and 40 mentees with varied profiles', async () => {
    expect(await prisma.membership.count({ where: { role: 'MENTOR' } })).toBeGreaterThanOrEqual(12);
    expect(await prisma.membership.count({ where: { role: 'MENTEE' } })).toBeGreaterThanOrEqual(40);
    const capacities = await prisma.membership.findMany({
      where: { role: 'MENTOR' },
      select: { capacity: true },
    });
    expect(capacities.every(({ capacity }) => capacity !== null && capacity >= 1 && capacity <= 4)).toBe(
      true,
    );
    const professions = await prisma.profile.groupBy({ by: ['profession'], _count: true });
    expect(professions.length).toBeGreaterThanOrEqual(6);
    expect(await prisma.user.count({ where: { managerId: { not: null } } })).toBeGreaterThan(0);
  });

  it('gives staff the right roles and scopes', async () => {
    const role = (email: string) =>
      prisma.staffRole.findMany({ where: { user: { email } }, include: { hospital: true } });
    expect(await role('admin@preceptor.test')).toMatchObject([{ kind: 'NETWORK_ADMIN', hospitalId: null }]);
    expect(await role('coordinator@preceptor.test')).toMatchObject([
      { kind: 'COORDINATOR', hospital: { code: 'SMH' } },
    ]);
    expect(await role('coordinator2@preceptor.test')).toMatchObject([
      { kind: 'COORDINATOR', hospital: { code: 'PCH' } },
    ]);
  });

  it('lets every named account sign in with the demo password', async () => {
    const users = await prisma.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
      select: { email: true, passwordHash: true, active: true },
    });
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);
    expect(users.every((user) => user.active && user.passwordHash?.startsWith('$argon2id$'))).toBe(true);
    // Hashed once and shared, so one verification covers them all.
    expect(new Set(users.map((user) => user.passwordHash)).size).toBe(1);
    expect(await verify(users[0]?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
  });

  it('matches the named pairs ACTIVE with explainable factors, leaving most mentees unmatched', async () => {
    for (const [mentor, mentee] of [
      ['mentor@preceptor.test', 'mentee@preceptor.test'],
      ['mentor2@preceptor.test', 'mentee2@preceptor.test'],
    ] as const) {
      const match = await prisma.match.findFirstOrThrow({
        where: { mentor: { user: { email: mentor } }, mentee: { user: { email: mentee } } },
      });
      expect(match.status).toBe('ACTIVE');
      expect(match.score).toBeGreaterThan(0);
      // The matcher's own factors (demo-match-scores.test.ts checks their values).
      const factors = MatchFactor.array().parse(match.factors);
      expect(factors.map((factor) => factor.factor)).toEqual([...MATCH_FACTORS]);
      expect(factors).toContainEqual(expect.objectContaining({ factor: 'specialty', value: 1 }));
    }
    const mentees = await prisma.membership.count({ where: { role: 'MENTEE' } });
    const matched = await prisma.match.count({ where: { status: 'ACTIVE' } });
    expect(matched).toBeLessThan(mentees / 2);
  });

  it('imports the module content and assigns it to both cohorts with due dates', async () => {
    const content = loadModuleContent();
    expect(await prisma.module.count()).toBe(content.length);
    expect(await prisma.moduleVersion.count({ where: { status: 'PUBLISHED', version: 1 } })).toBe(
      content.length,
    );
    expect(await prisma.quizQuestion.count()).toBe(
      content.flatMap((module) => module.sections.flatMap((s) => (s.kind === 'quiz' ? s.questions : [])))
        .length,
    );
    const cohorts = await prisma.cohort.findMany({
      include: { curriculum: true },
      orderBy: { startDate: 'asc' },
    });
    expect(cohorts.map((cohort) => cohort.curriculum.length)).toEqual([
      Math.min(4, content.length),
      Math.min(3, content.length),
    ]);
    expect(cohorts.flatMap((cohort) => cohort.curriculum).every((item) => item.dueAt !== null)).toBe(true);
  });

  it('gives mentee@ a draft and a shared reflection with their version history', async () => {
    const reflections = await prisma.reflection.findMany({
      where: { author: { email: 'mentee@preceptor.test' } },
      include: { versions: true, shares: { include: { mentor: true } } },
    });
    expect(reflections.map((reflection) => reflection.status).sort()).toEqual(['DRAFT', 'SHARED']);
    for (const reflection of reflections) {
      expect(reflection.versions.map((version) => version.version).sort()).toEqual(
        Array.from({ length: reflection.version }, (_, index) => index + 1),
      );
      expect(reflection.body).toMatch(/^<p>/);
    }
    const shared = reflections.find((reflection) => reflection.status === 'SHARED');
    expect(shared?.shares.map((share) => share.mentor.email)).toEqual(['mentor@preceptor.test']);
    expect(await prisma.goal.count({ where: { owner: { email: 'mentee@preceptor.test' } } })).toBeGreaterThan(
      0,
    );
    expect(
      await prisma.meeting.count({
        where: { match: { mentee: { user: { email: 'mentee@preceptor.test' } } } },
      }),
    ).toBeGreaterThan(0);
  });

  it('creates nothing on a second run', async () => {
    const before = await tableCounts();
    const second = await seedDemoData(prisma);
    expect(second.seeded).toBe(false);
    expect(Object.values(second.counts).every((count) => count === 0)).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });
});
