import type { Db, Prisma } from '@preceptor/db';
import type { ScoringInput, ScoringMentor, ScoringPerson } from '@preceptor/domain/matching/scorer';
import { weightsOrDefault } from '@preceptor/domain/matching/weights';
import { PROFILE_SELECT } from '../people/person-fields.ts';

const personSelect = {
  id: true,
  capacity: true,
  user: {
    select: {
      id: true,
      hospitalId: true,
      hospital: { select: { name: true } },
      // Everything of the profile but the free-text bio, which no factor reads.
      profile: { select: { ...PROFILE_SELECT, bio: false } },
    },
  },
  _count: { select: { matchesAsMentor: { where: { status: 'ACTIVE' } } } },
} as const;

type MembershipRow = Prisma.MembershipGetPayload<{ select: typeof personSelect }>;

function toScoringPerson(row: MembershipRow): ScoringPerson {
  const profile = row.user.profile;
  return {
    membershipId: row.id,
    userId: row.user.id,
    hospitalId: row.user.hospitalId,
    hospitalName: row.user.hospital?.name ?? null,
    profession: profile?.profession ?? null,
    specialty: profile?.specialty ?? null,
    careerStage: profile?.careerStage ?? null,
    yearsExperience: profile?.yearsExperience ?? 0,
    expertiseTags: profile?.expertiseTags ?? [],
    goalTags: profile?.goalTags ?? [],
    languages: profile?.languages ?? [],
    remoteOk: profile?.remoteOk ?? true,
    monthlyAvailabilityHours: profile?.monthlyAvailabilityHours ?? 0,
  };
}

export interface CohortScoringData {
  input: ScoringInput;
  /** Staff pins, `[mentee, mentor]` memberships, for mentees and mentors in this run only. */
  pins: [string, string][];
  /** Pins naming a mentee who already has a mentor, or someone no longer in the cohort. */
  pinsIgnored: number;
}

/**
 * Everything the scorer needs for one cohort, as it stands: active members only; mentees with
 * an active match stay out (a re-run re-matches only the people affected), and each mentor's
 * active matches use up capacity. `onlyMenteeId` narrows the mentees (a mentee's suggestions).
 */
export async function loadCohortScoringData(
  db: Db,
  cohortId: string,
  matchingWeights: Prisma.JsonValue,
  onlyMenteeId?: string,
): Promise<CohortScoringData> {
  const active = { cohortId, active: true, user: { active: true } } as const;
  const [mentees, mentors, rules, preferences] = await Promise.all([
    db.membership.findMany({
      where: {
        ...active,
        role: 'MENTEE',
        ...(onlyMenteeId ? { id: onlyMenteeId } : { matchesAsMentee: { none: { status: 'ACTIVE' } } }),
      },
      orderBy: { joinedAt: 'asc' },
      select: personSelect,
    }),
    db.membership.findMany({
      where: { ...active, role: 'MENTOR' },
      orderBy: { joinedAt: 'asc' },
      select: personSelect,
    }),
    db.pairRule.findMany({
      where: { cohortId },
      select: { kind: true, menteeMembershipId: true, mentorMembershipId: true },
    }),
    db.mentorPreference.findMany({
      where: { mentee: { cohortId } },
      orderBy: { rank: 'asc' },
      select: { menteeMembershipId: true, mentorMembershipId: true },
    }),
  ]);
  const managerOf = await reportingLines(
    db,
    [...mentees, ...mentors].map((m) => m.user.id),
  );

  const scoringMentors: ScoringMentor[] = mentors.map((row) => ({
    ...toScoringPerson(row),
    capacity: Math.max(0, (row.capacity ?? 0) - row._count.matchesAsMentor),
  }));
  const ranked = new Map<string, string[]>();
  for (const p of preferences)
    ranked.set(p.menteeMembershipId, [...(ranked.get(p.menteeMembershipId) ?? []), p.mentorMembershipId]);

  const menteeIds = new Set(mentees.map((m) => m.id));
  const mentorIds = new Set(mentors.map((m) => m.id));
  const pins = rules
    .filter((r) => r.kind === 'PIN')
    .map((r): [string, string] => [r.menteeMembershipId, r.mentorMembershipId]);
  const usablePins = pins.filter(([mentee, mentor]) => menteeIds.has(mentee) && mentorIds.has(mentor));
  return {
    input: {
      mentees: mentees.map(toScoringPerson),
      mentors: scoringMentors,
      weights: weightsOrDefault(matchingWeights),
      managerOf,
      excluded: rules
        .filter((r) => r.kind === 'EXCLUDE')
        .map((r): [string, string] => [r.menteeMembershipId, r.mentorMembershipId]),
      preferences: ranked,
    },
    pins: usablePins,
    pinsIgnored: onlyMenteeId ? 0 : pins.length - usablePins.length,
  };
}

/**
 * Managers of the given people and, level by level, of their managers, so a chain of any
 * length is known (one query per level of the hierarchy).
 */
async function reportingLines(db: Db, userIds: string[]): Promise<Map<string, string | null>> {
  const managerOf = new Map<string, string | null>();
  let frontier = [...new Set(userIds)];
  while (frontier.length > 0) {
    const rows = await db.user.findMany({
      where: { id: { in: frontier } },
      select: { id: true, managerId: true },
    });
    for (const row of rows) managerOf.set(row.id, row.managerId);
    frontier = [
      ...new Set(
        rows.map((r) => r.managerId).filter((id): id is string => id !== null && !managerOf.has(id)),
      ),
    ];
  }
  // Reports below a mentor matter too: the scorer walks up from both people, so knowing every
  // chain above both sides covers "up or down".
  return managerOf;
}
