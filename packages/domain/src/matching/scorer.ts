import { z } from 'zod';
import type { Profession } from '../people/people-schemas.ts';
import type { MatchFactor } from './match-schemas.ts';
import {
  availabilityFactor,
  goalsFactor,
  languageFactor,
  type Prepared,
  preferenceFactor,
  preferenceValue,
  prepare,
  professionFactor,
  seniorityFactor,
  seniorityValue,
  siteFactor,
  specialtyFactor,
  type Valued,
  years,
} from './pair-factors.ts';
import { MATCH_FACTORS, type MatchFactorName, type MatchingWeights } from './weights.ts';

/*
 * Turns profiles into the solver's allowed, scored pairs, and keeps why every other pair was
 * removed. Seniority rule: a mentor is more senior when they have strictly more years of
 * experience, or the same years and a higher career stage. Years come first because they are
 * what both people report concretely; the stage only breaks a tie (a SENIOR with 6 years may
 * mentor an EARLY_CAREER colleague with 6, never the reverse).
 */

export const CAREER_STAGES = ['STUDENT', 'EARLY_CAREER', 'MID_CAREER', 'SENIOR', 'LEADER'] as const;
export type CareerStage = (typeof CAREER_STAGES)[number];

export interface ScoringPerson {
  /** The cohort membership: pairs, pins and preferences name memberships. */
  membershipId: string;
  userId: string;
  hospitalId: string | null;
  hospitalName?: string | null;
  profession: Profession | null;
  specialty: string | null;
  careerStage: CareerStage | null;
  yearsExperience: number;
  expertiseTags: readonly string[];
  goalTags: readonly string[];
  languages: readonly string[];
  remoteOk: boolean;
  monthlyAvailabilityHours: number;
}

export interface ScoringMentor extends ScoringPerson {
  /** Mentees this mentor can still take: capacity minus their active matches. */
  capacity: number;
}

export interface ScoringInput {
  mentees: readonly ScoringPerson[];
  mentors: readonly ScoringMentor[];
  weights: MatchingWeights;
  /** Every known person's manager (user id → manager's user id), for the reporting-line rule. */
  managerOf: ReadonlyMap<string, string | null>;
  /** `[menteeMembershipId, mentorMembershipId]` pairs staff excluded. */
  excluded?: readonly (readonly [string, string])[];
  /** Per mentee membership, the mentor memberships they ranked, first choice first (at most 3). */
  preferences?: ReadonlyMap<string, readonly string[]>;
}

export const RemovedPairReason = z.enum([
  'excluded-by-staff',
  'mentor-has-no-capacity',
  'same-reporting-line',
  'mentor-not-more-senior',
]);
export type RemovedPairReason = z.infer<typeof RemovedPairReason>;

export const REMOVED_PAIR_LABELS: Record<RemovedPairReason, string> = {
  'excluded-by-staff': 'excluded by staff',
  'mentor-has-no-capacity': 'mentor has no room left',
  'same-reporting-line': 'same reporting line',
  'mentor-not-more-senior': 'mentor not more senior',
};

export interface ScoredPair {
  menteeId: string;
  mentorId: string;
  /** 0–100, one decimal. */
  score: number;
  factors: MatchFactor[];
}

export interface RemovedPair {
  menteeId: string;
  mentorId: string;
  reason: RemovedPairReason;
  detail: string;
}

export interface ScoringResult {
  allowed: ScoredPair[];
  removed: RemovedPair[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;

function isMoreSenior(mentor: ScoringPerson, mentee: ScoringPerson): boolean {
  if (mentor.yearsExperience !== mentee.yearsExperience)
    return mentor.yearsExperience > mentee.yearsExperience;
  return stageRank(mentor.careerStage) > stageRank(mentee.careerStage);
}

function stageRank(stage: CareerStage | null): number {
  return stage === null ? -1 : CAREER_STAGES.indexOf(stage);
}

/** All managers above a person, following `managerOf`; safe against cycles in bad data. */
function chainAbove(userId: string, managerOf: ReadonlyMap<string, string | null>): Set<string> {
  const chain = new Set<string>();
  let current = managerOf.get(userId) ?? null;
  while (current !== null && !chain.has(current) && current !== userId) {
    chain.add(current);
    current = managerOf.get(current) ?? null;
  }
  return chain;
}

interface Context {
  weights: MatchingWeights;
  totalWeight: number;
}

export function scorePairs(input: ScoringInput): ScoringResult {
  const excluded = new Set((input.excluded ?? []).map(([mentee, mentor]) => `${mentee}|${mentor}`));
  const chains = new Map<string, Set<string>>();
  const chainOf = (userId: string) => {
    let chain = chains.get(userId);
    if (!chain) {
      chain = chainAbove(userId, input.managerOf);
      chains.set(userId, chain);
    }
    return chain;
  };
  const ctx: Context = {
    weights: input.weights,
    totalWeight: MATCH_FACTORS.reduce((sum, name) => sum + input.weights[name], 0),
  };
  const shares = MATCH_FACTORS.map((factor) => round2((input.weights[factor] / ctx.totalWeight) * 100));
  const mentors = input.mentors.map(prepare);
  const allowed: ScoredPair[] = [];
  const removed: RemovedPair[] = [];
  for (const menteePerson of input.mentees) {
    const mentee = prepare(menteePerson);
    const ranked = input.preferences?.get(menteePerson.membershipId) ?? [];
    for (const mentor of mentors) {
      const mentorPerson = mentor.person as ScoringMentor;
      const pair = { menteeId: menteePerson.membershipId, mentorId: mentorPerson.membershipId };
      const removal = hardConstraint(menteePerson, mentorPerson, excluded, chainOf);
      if (removal) {
        removed.push({ ...pair, ...removal });
        continue;
      }
      // Scores are computed for every pair; the sentences only when someone reads them.
      const score = pairScore(mentee, mentor, ranked, shares);
      let explained: MatchFactor[] | undefined;
      allowed.push({
        ...pair,
        score,
        get factors() {
          explained ??= factorValues(mentee, mentor, ranked, ctx, true);
          return explained;
        },
      });
    }
  }
  return { allowed, removed };
}

function hardConstraint(
  mentee: ScoringPerson,
  mentor: ScoringMentor,
  excluded: ReadonlySet<string>,
  chainOf: (userId: string) => Set<string>,
): { reason: RemovedPairReason; detail: string } | null {
  if (excluded.has(`${mentee.membershipId}|${mentor.membershipId}`)) {
    return { reason: 'excluded-by-staff', detail: 'Staff excluded this pair' };
  }
  if (mentor.capacity <= 0) {
    return { reason: 'mentor-has-no-capacity', detail: 'Mentor has no room for another mentee' };
  }
  if (mentor.userId === mentee.userId || chainOf(mentee.userId).has(mentor.userId)) {
    return {
      reason: 'same-reporting-line',
      detail: "Mentor is in the mentee's reporting line (a manager above them)",
    };
  }
  if (chainOf(mentor.userId).has(mentee.userId)) {
    return {
      reason: 'same-reporting-line',
      detail: "Mentee is in the mentor's reporting line (a manager above them)",
    };
  }
  if (!isMoreSenior(mentor, mentee)) {
    return {
      reason: 'mentor-not-more-senior',
      detail: `Mentor has ${years(mentor.yearsExperience)} of experience, mentee ${years(mentee.yearsExperience)}`,
    };
  }
  return null;
}

/**
 * The same arithmetic as `factorValues` (factor order, rounding) without building the
 * explanation, because this runs for every pair of a cohort.
 */
function pairScore(
  mentee: Prepared,
  mentor: Prepared,
  ranked: readonly string[],
  shares: readonly number[],
): number {
  const values = [
    specialtyFactor(mentee, mentor, false).value,
    professionFactor(mentee.person, mentor.person, false).value,
    goalsFactor(mentee, mentor, false).value,
    siteFactor(mentee.person, mentor.person).value,
    languageFactor(mentee, mentor, false).value,
    availabilityFactor(mentee.person, mentor.person, false).value,
    seniorityValue(mentee.person, mentor.person),
    preferenceValue(ranked, mentor.person.membershipId),
  ];
  let score = 0;
  for (let i = 0; i < values.length; i++)
    score += round1((shares[i] as number) * round2(values[i] as number));
  return Math.min(100, round1(score));
}

function factorValues(
  mentee: Prepared,
  mentor: Prepared,
  ranked: readonly string[],
  ctx: Context,
  explain: boolean,
): MatchFactor[] {
  const values: Record<MatchFactorName, Valued> = {
    specialty: specialtyFactor(mentee, mentor, explain),
    profession: professionFactor(mentee.person, mentor.person, explain),
    goals: goalsFactor(mentee, mentor, explain),
    site: siteFactor(mentee.person, mentor.person),
    language: languageFactor(mentee, mentor, explain),
    availability: availabilityFactor(mentee.person, mentor.person, explain),
    seniority: seniorityFactor(mentee.person, mentor.person),
    preference: preferenceFactor(ranked, mentor.person.membershipId),
  };
  return MATCH_FACTORS.map((factor) => {
    // The stored weight is the factor's share of 100, so points = weight × value.
    const weight = round2((ctx.weights[factor] / ctx.totalWeight) * 100);
    const value = round2(values[factor].value);
    return { factor, weight, value, points: round1(weight * value), detail: values[factor].detail };
  });
}

/** The factors that earned the most points, for tables and "why we matched you". */
export function topFactors(factors: readonly MatchFactor[], count = 3): MatchFactor[] {
  return [...factors]
    .filter((f) => f.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, count);
}
