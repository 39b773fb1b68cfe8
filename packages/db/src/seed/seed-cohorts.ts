/**
 * Seeds the cohorts with their hospitals, memberships, a few mentee preferences, the
 * ACTIVE matches (with explainable scores) and each cohort's curriculum.
 */
import type { Prisma } from '../generated/prisma/client.ts';
import { scoreDemoMatches } from './demo-match-scores.ts';
import type { SeededModuleRef } from './journal.ts';
import { type CohortKey, type CohortSeed, DEMO_COHORTS, type HospitalCode } from './network.ts';
import { DEMO_ACTIVE_MATCHES, DEMO_PREFERENCES } from './pairings.ts';
import { cohortForHospital, demoPeople, personByEmail } from './people.ts';
import { requireId } from './seed-people.ts';

export interface SeededCohorts {
  readonly cohortIds: ReadonlyMap<CohortKey, string>;
  /** Match id by the mentee's email. */
  readonly matchIds: ReadonlyMap<string, string>;
  /** Modules assigned to each cohort, in curriculum order. */
  readonly curricula: ReadonlyMap<CohortKey, readonly SeededModuleRef[]>;
  readonly counts: {
    cohorts: number;
    memberships: number;
    matches: number;
    preferences: number;
    curriculumItems: number;
  };
}

interface CohortInput {
  readonly hospitalIds: ReadonlyMap<HospitalCode, string>;
  readonly userIds: ReadonlyMap<string, string>;
  readonly adminId: string;
  readonly modules: readonly SeededModuleRef[];
}

/**
 * Preferred slugs first (when present), then modules no other cohort took or asked for, then
 * the rest of the catalogue in order — so renamed or missing content still fills a curriculum,
 * and cohorts overlap only when the catalogue is too small to keep them apart.
 */
function pickCurriculum(
  cohort: CohortSeed,
  modules: readonly SeededModuleRef[],
  alreadyUsed: ReadonlySet<string> = new Set(),
): SeededModuleRef[] {
  const preferred = cohort.preferredModules
    .map((slug) => modules.find((module) => module.slug === slug))
    .filter((module): module is SeededModuleRef => module !== undefined);
  const wantedElsewhere = new Set(
    DEMO_COHORTS.filter((other) => other.key !== cohort.key).flatMap((other) => other.preferredModules),
  );
  const rest = modules.filter((module) => !preferred.includes(module));
  const rank = (module: SeededModuleRef) =>
    alreadyUsed.has(module.slug) ? 2 : wantedElsewhere.has(module.slug) ? 1 : 0;
  // Array.prototype.sort is stable, so equal ranks keep catalogue (file-name) order.
  return [...preferred, ...[...rest].sort((a, b) => rank(a) - rank(b))].slice(0, cohort.moduleCount);
}

const DAY_MS = 86_400_000;
/** Cohorts were set up three weeks before they started, like a real program. */
const setUpAt = (cohort: CohortSeed) => new Date(cohort.startDate.getTime() - 21 * DAY_MS);

export async function seedCohorts(tx: Prisma.TransactionClient, input: CohortInput): Promise<SeededCohorts> {
  const { hospitalIds, userIds, adminId } = input;
  const userId = (email: string) => requireId(userIds, email, 'user');

  const cohorts = await tx.cohort.createManyAndReturn({
    data: DEMO_COHORTS.map((cohort) => ({
      name: cohort.name,
      description: cohort.description,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      status: 'ACTIVE' as const,
      sequentialCurriculum: cohort.sequentialCurriculum,
      createdById: adminId,
      createdAt: setUpAt(cohort),
    })),
    select: { id: true, name: true },
  });
  const cohortIdByName = new Map(cohorts.map((cohort) => [cohort.name, cohort.id]));
  const cohortIds = new Map(
    DEMO_COHORTS.map((cohort) => [cohort.key, requireId(cohortIdByName, cohort.name, 'cohort')]),
  );
  const cohortId = (key: CohortKey) => requireId(cohortIds, key, 'cohort');
  const cohortSeed = (key: CohortKey): CohortSeed => {
    const cohort = DEMO_COHORTS.find((candidate) => candidate.key === key);
    if (!cohort) throw new Error(`Seed bug: no cohort ${key}`);
    return cohort;
  };

  await tx.cohortHospital.createMany({
    data: DEMO_COHORTS.flatMap((cohort) =>
      cohort.hospitals.map((code) => ({
        cohortId: cohortId(cohort.key),
        hospitalId: requireId(hospitalIds, code, 'hospital'),
      })),
    ),
  });

  const people = demoPeople();
  const memberships = await tx.membership.createManyAndReturn({
    data: people.map((person) => {
      const key = cohortForHospital(person.hospital);
      return {
        cohortId: cohortId(key),
        userId: userId(person.email),
        role: person.role,
        capacity: person.capacity,
        joinedAt: cohortSeed(key).startDate,
      };
    }),
    select: { id: true, userId: true },
  });
  // Each demo person is in exactly one cohort, so the user id identifies the membership.
  const membershipByUser = new Map(memberships.map((membership) => [membership.userId, membership.id]));
  const membershipId = (email: string) => requireId(membershipByUser, userId(email), 'membership');

  const preferences = await tx.mentorPreference.createMany({
    data: DEMO_PREFERENCES.flatMap((preference) =>
      preference.mentors.map((mentor, index) => ({
        menteeMembershipId: membershipId(preference.mentee),
        mentorMembershipId: membershipId(mentor),
        rank: index + 1,
      })),
    ),
  });

  const scoredMatches = scoreDemoMatches({
    pairs: DEMO_ACTIVE_MATCHES,
    preferences: DEMO_PREFERENCES,
    ids: {
      userId,
      membershipId,
      hospitalId: (code) => requireId(hospitalIds, code, 'hospital'),
    },
  });
  const matchData = scoredMatches.map((pair) => {
    const mentee = personByEmail(pair.mentee);
    return {
      cohortId: cohortId(cohortForHospital(mentee.hospital)),
      mentorMembershipId: membershipId(pair.mentor),
      menteeMembershipId: membershipId(pair.mentee),
      status: 'ACTIVE' as const,
      score: pair.score,
      factors: pair.factors,
      proposedAt: new Date(pair.activatedAt.getTime() - 3 * DAY_MS),
      activatedAt: pair.activatedAt,
    };
  });
  const matches = await tx.match.createManyAndReturn({
    data: matchData,
    select: { id: true, menteeMembershipId: true, activatedAt: true },
  });
  const emailByMembership = new Map(people.map((person) => [membershipId(person.email), person.email]));
  const matchIds = new Map(
    matches.map((match) => [
      requireId(emailByMembership, match.menteeMembershipId, 'mentee email'),
      match.id,
    ]),
  );

  const curricula = new Map<CohortKey, readonly SeededModuleRef[]>();
  const used = new Set<string>();
  for (const cohort of DEMO_COHORTS) {
    const picked = pickCurriculum(cohort, input.modules, used);
    for (const module of picked) used.add(module.slug);
    curricula.set(cohort.key, picked);
  }
  const curriculumItems = await tx.curriculumItem.createMany({
    data: DEMO_COHORTS.flatMap((cohort) =>
      (curricula.get(cohort.key) ?? []).map((module, index) => ({
        cohortId: cohortId(cohort.key),
        moduleId: module.moduleId,
        position: index + 1,
        dueAt: cohort.dueDates[index] ?? null,
      })),
    ),
  });

  // Cohort and match changes are audited in the product; the seeded history is too.
  const cohortHospitalIds = (key: CohortKey) =>
    cohortSeed(key).hospitals.map((code) => requireId(hospitalIds, code, 'hospital'));
  // A match concerns the hospitals of its two people, not every hospital of the cohort.
  const pairHospitalIds = (menteeEmail: string) => {
    const pair = DEMO_ACTIVE_MATCHES.find((candidate) => candidate.mentee === menteeEmail);
    const codes = new Set([
      personByEmail(menteeEmail).hospital,
      personByEmail(pair?.mentor ?? menteeEmail).hospital,
    ]);
    return [...codes].map((code) => requireId(hospitalIds, code, 'hospital'));
  };
  await tx.auditLog.createMany({
    data: [
      ...DEMO_COHORTS.map((cohort) => ({
        actorId: adminId,
        action: 'cohort.create',
        entityType: 'Cohort',
        entityId: cohortId(cohort.key),
        hospitalIds: cohortHospitalIds(cohort.key),
        metadata: { name: cohort.name, source: 'demo-seed' },
        createdAt: setUpAt(cohort),
      })),
      ...matches.map((match) => ({
        actorId: adminId,
        action: 'match.activate',
        entityType: 'Match',
        entityId: match.id,
        hospitalIds: pairHospitalIds(requireId(emailByMembership, match.menteeMembershipId, 'mentee email')),
        metadata: { source: 'demo-seed' },
        createdAt: match.activatedAt ?? undefined,
      })),
    ],
  });

  return {
    cohortIds,
    matchIds,
    curricula,
    counts: {
      cohorts: cohorts.length,
      memberships: memberships.length,
      matches: matches.length,
      preferences: preferences.count,
      curriculumItems: curriculumItems.count,
    },
  };
}
