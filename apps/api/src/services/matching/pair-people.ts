import type { MatchFactor } from '@preceptor/domain/matching/match-schemas';
import type { PairPerson } from '@preceptor/domain/matching/workflow-schemas';

/** What a pair table needs of a membership's person. */
export const pairPersonSelect = {
  id: true,
  user: {
    select: {
      firstName: true,
      lastName: true,
      hospitalId: true,
      hospital: { select: { name: true } },
      profile: { select: { profession: true, specialty: true, yearsExperience: true } },
    },
  },
} as const;

export interface PairPersonRow {
  id: string;
  user: {
    firstName: string;
    lastName: string;
    hospitalId: string | null;
    hospital: { name: string } | null;
    profile: {
      profession: PairPerson['profession'] & string;
      specialty: string | null;
      yearsExperience: number;
    } | null;
  };
}

export interface Viewer {
  seesAll: boolean;
  myHospitalIds: readonly string[];
}

export function isInScope(row: PairPersonRow, viewer: Viewer): boolean {
  return (
    viewer.seesAll || (row.user.hospitalId !== null && viewer.myHospitalIds.includes(row.user.hospitalId))
  );
}

/**
 * A coordinator of a multi-hospital cohort sees only their own hospitals' people: the other
 * side of a cross-hospital pair is shown without name or profile.
 */
export function toPairPerson(row: PairPersonRow, viewer: Viewer): PairPerson {
  if (!isInScope(row, viewer)) {
    return {
      membershipId: row.id,
      name: 'A person at another hospital',
      hospitalName: null,
      profession: null,
      specialty: null,
      yearsExperience: null,
      inScope: false,
    };
  }
  return {
    membershipId: row.id,
    name: `${row.user.firstName} ${row.user.lastName}`,
    hospitalName: row.user.hospital?.name ?? null,
    profession: row.user.profile?.profession ?? null,
    specialty: row.user.profile?.specialty ?? null,
    yearsExperience: row.user.profile?.yearsExperience ?? null,
    inScope: true,
  };
}

export const fullName = (row: { user: { firstName: string; lastName: string } }) =>
  `${row.user.firstName} ${row.user.lastName}`;

const FACTOR_NOT_EXPLAINED = 'Explained only to staff of both people’s hospitals';

/**
 * A factor's sentence quotes both people's profiles ("Both in ECMO", shared goals, languages,
 * hours), so when either side is outside the viewer's hospitals only the numbers are shown.
 */
export function factorsFor(
  factors: readonly MatchFactor[],
  pair: { mentee: PairPersonRow; mentor: PairPersonRow },
  viewer: Viewer,
): MatchFactor[] {
  if (isInScope(pair.mentee, viewer) && isInScope(pair.mentor, viewer)) return [...factors];
  return factors.map((factor) => ({ ...factor, detail: FACTOR_NOT_EXPLAINED }));
}
