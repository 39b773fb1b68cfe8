import { verify } from '@node-rs/argon2';
import { MatchFactor } from '@preceptor/domain/matching/match-schemas';
import { MATCH_FACTORS } from '@preceptor/domain/matching/weights';
import { htmlToPlainText } from '@preceptor/domain/reflections/plain-text';
import {
  type CriterionRatings,
  deriveOverallLevel,
  ReflectCriterion,
  reflectLevelGuide,
} from '@preceptor/domain/reflections/reflect-rubric';
import { isExcerptOf } from '@preceptor/domain/reflections/review-quote';
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
    reviews: await prisma.review.count(),
    ratings: await prisma.reviewCriterionRating.count(),
    comments: await prisma.reviewComment.count(),
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

  it('gives mentee@ a draft, a shared reflection and three reviewed ones with their version history', async () => {
    const reflections = await prisma.reflection.findMany({
      where: { author: { email: 'mentee@preceptor.test' } },
      include: { versions: true, shares: { include: { mentor: true } } },
    });
    expect(reflections.map((reflection) => reflection.status).sort()).toEqual([
      'DRAFT',
      'REVIEWED',
      'REVIEWED',
      'REVIEWED',
      'SHARED',
    ]);
    for (const reflection of reflections) {
      expect(reflection.versions.map((version) => version.version).sort()).toEqual(
        Array.from({ length: reflection.version }, (_, index) => index + 1),
      );
      expect(reflection.body).toMatch(/^<p>/);
      // The current text is the last saved version, as the editor's saves keep them.
      expect(reflection.versions.find((version) => version.version === reflection.version)?.body).toBe(
        reflection.body,
      );
      if (reflection.status !== 'DRAFT') {
        expect(reflection.shares.map((share) => share.mentor.email)).toEqual(['mentor@preceptor.test']);
        expect(reflection.shares[0]?.sharedAt).toEqual(reflection.sharedAt);
      }
    }
    expect(first.counts.reflections).toBe(await prisma.reflection.count());
    expect(await prisma.goal.count({ where: { owner: { email: 'mentee@preceptor.test' } } })).toBeGreaterThan(
      0,
    );
    expect(
      await prisma.meeting.count({
        where: { match: { mentee: { user: { email: 'mentee@preceptor.test' } } } },
      }),
    ).toBeGreaterThan(0);
  });

  it('reviews mentee@’s reflections as the review service would: every criterion, the derived level, a quoted strength', async () => {
    const reviews = await prisma.review.findMany({
      where: { reflection: { author: { email: 'mentee@preceptor.test' } } },
      orderBy: { createdAt: 'asc' },
      include: { ratings: true, comments: true, mentor: true, reflection: { include: { versions: true } } },
    });
    expect(reviews).toHaveLength(4);
    expect(first.counts.reviews).toBe(await prisma.review.count());
    for (const review of reviews) {
      expect(review.mentor.email).toBe('mentor@preceptor.test');
      expect(review.ratings.map((rating) => rating.criterion).sort()).toEqual(
        [...ReflectCriterion.options].sort(),
      );
      const criteria = Object.fromEntries(
        review.ratings.map((rating) => [rating.criterion, rating.level]),
      ) as CriterionRatings;
      const derived = deriveOverallLevel(criteria);
      expect(review.derivedLevel).toBe(derived);
      expect(review.level).toBe(derived);
      expect(review.overrideReason).toBeNull();
      const read = review.reflection.versions.find((version) => version.version === review.reflectionVersion);
      const text = htmlToPlainText(read?.body ?? '');
      expect(isExcerptOf(text, review.strengthQuote ?? '')).toBe(true);
      expect(review.furtherQuestion).toBeTruthy();
      for (const comment of review.comments) {
        expect(text.slice(comment.anchorStart ?? 0, comment.anchorEnd ?? 0)).toBe(comment.anchorText);
      }
      // Audited at the moment of the review, with the level and outcome the review holds.
      const entry = await prisma.auditLog.findFirstOrThrow({
        where: { action: 'reflection.review', entityId: review.reflectionId, createdAt: review.createdAt },
      });
      expect(entry.metadata).toMatchObject({ level: review.level, outcome: review.outcome });
    }
    // Growth: levels rise over time.
    const ranks = reviews.map((review) => reflectLevelGuide(review.level).rank);
    expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
    expect(ranks[0]).toBeLessThan(ranks.at(-1) ?? 0);
    // One reflection sent back for revision, revised, shared again and then reviewed.
    const revised = reviews.find((review) => review.outcome === 'REVISION_REQUESTED');
    const again = reviews.filter((review) => review.reflectionId === revised?.reflectionId);
    expect(again.map((review) => [review.reflectionVersion, review.outcome])).toEqual([
      [1, 'REVISION_REQUESTED'],
      [2, 'REVIEWED'],
    ]);
    expect(reviews.filter((review) => review.outcome === 'REVISION_REQUESTED')).toHaveLength(1);
    const answered = reviews.filter((review) => review.respondedAt !== null);
    expect(answered).toHaveLength(1);
    expect(answered[0]?.agreedNextStep).toBeTruthy();
    const notices = async (userEmail: string, kind: string) =>
      prisma.notification.count({ where: { user: { email: userEmail }, kind } });
    expect(await notices('mentee@preceptor.test', 'reflection.reviewed')).toBe(3);
    expect(await notices('mentee@preceptor.test', 'reflection.revision_requested')).toBe(1);
    expect(await notices('mentor@preceptor.test', 'reflection.review_answered')).toBe(1);
    // Four shares reviewed, and the one still waiting.
    expect(await notices('mentor@preceptor.test', 'reflection.shared')).toBe(5);
    // Each share and review is in the audit log, as the services write it.
    const audited = (action: string) =>
      prisma.auditLog.count({
        where: { action, entityId: { in: [...new Set(reviews.map((review) => review.reflectionId))] } },
      });
    expect(await audited('reflection.share')).toBe(4);
    expect(await audited('reflection.review')).toBe(4);
    expect(
      await prisma.auditLog.count({
        where: { action: 'reflection.share', actor: { email: 'mentee@preceptor.test' } },
      }),
    ).toBe(5);
  });

  it('gives a few mentees at the other hospitals reviewed reflections, for the reports', async () => {
    const reviewed = await prisma.review.findMany({
      where: { reflection: { author: { email: { not: 'mentee@preceptor.test' } } } },
      select: { reflection: { select: { author: { select: { hospital: { select: { code: true } } } } } } },
    });
    const hospitals = new Set(reviewed.map((review) => review.reflection.author.hospital?.code));
    expect([...hospitals].sort()).toEqual(['LUH', 'PCH']);
    expect(await prisma.reviewCriterionRating.count()).toBe(
      (await prisma.review.count()) * ReflectCriterion.options.length,
    );
  });

  it('creates nothing on a second run', async () => {
    const before = await tableCounts();
    const second = await seedDemoData(prisma);
    expect(second.seeded).toBe(false);
    expect(Object.values(second.counts).every((count) => count === 0)).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });
});
