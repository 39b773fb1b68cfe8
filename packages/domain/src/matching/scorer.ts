import { z } from 'zod';
import { PROFESSION_LABELS, type Profession } from '../people/people-schemas.ts';
import type { MatchFactor } from './match-schemas.ts';
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
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const norm = (text: string) => text.trim().toLowerCase();

// Specialties in one family earn half credit: a CVOR nurse learns a lot from a cardiac ICU mentor.
const SPECIALTY_FAMILIES: readonly (readonly string[])[] = [
  ['cardiac surgery', 'pediatric cardiac surgery', 'ecmo', 'cvor', 'cardiac icu', 'cardiac anesthesia'],
  ['spine', 'neurosurgery', 'neuroanesthesia', 'neuro icu'],
];

/** Seniority gap that earns full credit: enough distance to teach. */
const FULL_CREDIT_GAP_YEARS = 5;

export function isMoreSenior(mentor: ScoringPerson, mentee: ScoringPerson): boolean {
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

/** A person's lists, normalised once rather than once per pair. */
interface Prepared {
  person: ScoringPerson;
  specialty: string | null;
  goals: string[];
  goalSet: Set<string>;
  expertise: Set<string>;
  wantedLanguages: string[];
  spoken: Set<string>;
}

function prepare(person: ScoringPerson): Prepared {
  const goals = [...new Set(person.goalTags.map(norm))];
  return {
    person,
    specialty: person.specialty ? norm(person.specialty) : null,
    goals,
    goalSet: new Set(goals),
    expertise: new Set(person.expertiseTags.map(norm)),
    wantedLanguages: [...new Set(person.languages.map((l) => l.trim()).filter(Boolean))],
    spoken: new Set(person.languages.map(norm)),
  };
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

const years = (n: number) => (n === 1 ? '1 year' : `${n} years`);

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

function seniorityValue(mentee: ScoringPerson, mentor: ScoringPerson): number {
  return clamp01((mentor.yearsExperience - mentee.yearsExperience) / FULL_CREDIT_GAP_YEARS);
}

function preferenceValue(ranked: readonly string[], mentorId: string): number {
  const rank = ranked.indexOf(mentorId);
  return rank < 0 ? 0 : (3 - rank) / 3;
}

type Valued = { value: number; detail: string };

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

function specialtyFactor(mentee: Prepared, mentor: Prepared, explain: boolean): Valued {
  const a = mentee.specialty;
  const b = mentor.specialty;
  if (!a || !b) return { value: 0, detail: 'Specialty not given' };
  // Said as the mentor wrote it ("CVOR", "ECMO"), not in its compared lower-case form.
  if (a === b) return { value: 1, detail: explain ? `Both in ${mentor.person.specialty?.trim()}` : '' };
  const their = `${mentor.person.specialty} and ${mentee.person.specialty}`;
  if (SPECIALTY_FAMILIES.some((family) => family.includes(a) && family.includes(b))) {
    return { value: 0.5, detail: explain ? `Related specialties: ${their}` : '' };
  }
  return { value: 0, detail: explain ? `Different specialties: ${their}` : '' };
}

function professionFactor(mentee: ScoringPerson, mentor: ScoringPerson, explain: boolean): Valued {
  if (!mentee.profession || !mentor.profession) return { value: 0, detail: 'Profession not given' };
  if (mentee.profession === mentor.profession) {
    return {
      value: 1,
      detail: explain ? `Both in ${PROFESSION_LABELS[mentor.profession].toLowerCase()}` : '',
    };
  }
  return {
    value: 0,
    detail: explain
      ? `${PROFESSION_LABELS[mentor.profession]} mentor, ${PROFESSION_LABELS[mentee.profession].toLowerCase()} mentee`
      : '',
  };
}

function goalsFactor(mentee: Prepared, mentor: Prepared, explain: boolean): Valued {
  if (mentee.goals.length === 0) return { value: 0, detail: 'Mentee has not listed goals' };
  let count = 0;
  for (const goal of mentee.goals) if (mentor.expertise.has(goal)) count++;
  if (count === 0) return { value: 0, detail: "No goal matches the mentor's expertise" };
  if (!explain) return { value: count / mentee.goals.length, detail: '' };
  // The mentee's own wording, first spelling of each goal.
  const seen = new Set<string>();
  const shared = mentee.person.goalTags.filter((goal) => {
    const key = norm(goal);
    if (seen.has(key) || !mentor.expertise.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    value: count / mentee.goals.length,
    detail: `Shares ${count} of ${mentee.goals.length} goals: ${shared.join(', ')}`,
  };
}

function siteFactor(mentee: ScoringPerson, mentor: ScoringPerson): Valued {
  if (mentee.hospitalId !== null && mentee.hospitalId === mentor.hospitalId) {
    return { value: 1, detail: 'Same hospital' };
  }
  if (mentee.remoteOk && mentor.remoteOk) {
    return { value: 0.5, detail: 'Different hospitals; both open to meeting remotely' };
  }
  return { value: 0, detail: 'Different hospitals, and one of them prefers to meet in person' };
}

/** The share of the mentee's languages the mentor speaks: a Spanish speaker is best served in Spanish too. */
function languageFactor(mentee: Prepared, mentor: Prepared, explain: boolean): Valued {
  const wanted = mentee.wantedLanguages;
  if (wanted.length === 0) return { value: 0, detail: 'Mentee has not listed languages' };
  const shared = wanted.filter((language) => mentor.spoken.has(norm(language)));
  if (shared.length === 0) return { value: 0, detail: 'No shared language listed' };
  const value = shared.length / wanted.length;
  if (!explain) return { value, detail: '' };
  const beyondEnglish = shared.filter((language) => norm(language) !== 'english');
  const detail =
    beyondEnglish.length > 0 ? `Speaks ${beyondEnglish.join(', ')}` : `Both speak ${shared.join(', ')}`;
  return { value, detail };
}

function availabilityFactor(mentee: ScoringPerson, mentor: ScoringPerson, explain: boolean): Valued {
  const wanted = Math.max(1, mentee.monthlyAvailabilityHours);
  return {
    value: clamp01(mentor.monthlyAvailabilityHours / wanted),
    detail: explain
      ? `Mentor offers ${mentor.monthlyAvailabilityHours} h a month; mentee hopes for ${mentee.monthlyAvailabilityHours}`
      : '',
  };
}

function seniorityFactor(mentee: ScoringPerson, mentor: ScoringPerson): Valued {
  const gap = mentor.yearsExperience - mentee.yearsExperience;
  if (gap <= 0) return { value: 0, detail: 'Same years of experience; mentor is at a later career stage' };
  return {
    value: clamp01(gap / FULL_CREDIT_GAP_YEARS),
    detail: gap === 1 ? 'Mentor has 1 more year of experience' : `Mentor has ${gap} more years of experience`,
  };
}

function preferenceFactor(ranked: readonly string[], mentorId: string): Valued {
  const rank = ranked.indexOf(mentorId);
  if (rank < 0) {
    return {
      value: 0,
      detail: ranked.length > 0 ? "Not among the mentee's choices" : 'Mentee ranked no mentors',
    };
  }
  return { value: (3 - rank) / 3, detail: `Mentee's #${rank + 1} choice` };
}

/** The factors that earned the most points, for tables and "why we matched you". */
export function topFactors(factors: readonly MatchFactor[], count = 3): MatchFactor[] {
  return [...factors]
    .filter((f) => f.points > 0)
    .sort((a, b) => b.points - a.points)
    .slice(0, count);
}
