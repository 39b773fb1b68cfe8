/**
 * Explains a seeded pair the way the matcher does: weighted factors, each with the points
 * it earned and a sentence for people. The seed's ACTIVE matches need believable scores,
 * and computing them from the profiles keeps score, factors and data consistent.
 */
import { PROFESSION_LABELS } from '@preceptor/domain/people/people-schemas';
import type { PersonSeed } from './people.ts';
import type { Specialty } from './vocabulary.ts';

export interface SeedMatchFactor {
  factor: string;
  weight: number;
  value: number;
  points: number;
  detail: string;
}

/** Default weights; they sum to 100 so a score reads as a percentage. */
export const SEED_FACTOR_WEIGHTS = {
  specialty: 25,
  profession: 15,
  goals: 25,
  site: 10,
  language: 5,
  availability: 10,
  seniority: 10,
} as const;

// Specialties in one family are "related": half credit rather than none.
const FAMILIES: readonly (readonly Specialty[])[] = [
  ['Cardiac surgery', 'Pediatric cardiac surgery', 'ECMO', 'CVOR', 'Cardiac ICU', 'Cardiac anesthesia'],
  ['Spine', 'Neurosurgery', 'Neuroanesthesia', 'Neuro ICU'],
  ['Trauma'],
];

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export function explainPair(
  mentor: PersonSeed,
  mentee: PersonSeed,
): { score: number; factors: SeedMatchFactor[] } {
  const factor = (name: keyof typeof SEED_FACTOR_WEIGHTS, value: number, detail: string): SeedMatchFactor => {
    const weight = SEED_FACTOR_WEIGHTS[name];
    return { factor: name, weight, value: round(value), points: round(weight * value, 1), detail };
  };

  const sameFamily = FAMILIES.some(
    (family) => family.includes(mentor.specialty) && family.includes(mentee.specialty),
  );
  const specialty =
    mentor.specialty === mentee.specialty
      ? factor('specialty', 1, `Both ${mentor.specialty.toLowerCase()}`)
      : sameFamily
        ? factor('specialty', 0.5, `Related: ${mentor.specialty} and ${mentee.specialty}`)
        : factor('specialty', 0, `${mentor.specialty} and ${mentee.specialty}`);

  const profession =
    mentor.profession === mentee.profession
      ? factor('profession', 1, `Both ${PROFESSION_LABELS[mentor.profession].toLowerCase()}`)
      : factor(
          'profession',
          0,
          `${PROFESSION_LABELS[mentor.profession]} mentoring ${PROFESSION_LABELS[mentee.profession].toLowerCase()}`,
        );

  const covered = mentee.goalTags.filter((goal) => mentor.expertiseTags.includes(goal));
  const goals = factor(
    'goals',
    mentee.goalTags.length === 0 ? 0 : covered.length / mentee.goalTags.length,
    covered.length === 0
      ? 'No goal overlaps the mentor’s expertise'
      : `Mentor's expertise covers ${covered.length} of ${mentee.goalTags.length} goals: ${covered.join(', ')}`,
  );

  const site =
    mentor.hospital === mentee.hospital
      ? factor('site', 1, 'Same hospital')
      : mentor.remoteOk && mentee.remoteOk
        ? factor('site', 0.5, 'Different hospitals; both open to meeting remotely')
        : factor('site', 0, 'Different hospitals');

  const shared = mentee.languages.filter((language) => mentor.languages.includes(language));
  const beyondEnglish = shared.filter((language) => language !== 'English');
  const language = factor(
    'language',
    beyondEnglish.length > 0 ? 1 : shared.length > 0 ? 0.5 : 0,
    shared.length > 0 ? `Shared languages: ${shared.join(', ')}` : 'No shared language listed',
  );

  const availability = factor(
    'availability',
    clamp01(mentor.monthlyAvailabilityHours / Math.max(1, mentee.monthlyAvailabilityHours)),
    `Mentor offers ${mentor.monthlyAvailabilityHours} h/month; mentee hopes for ${mentee.monthlyAvailabilityHours}`,
  );

  // A five-year gap earns full credit: enough distance to teach, not so much it stops mattering.
  const gap = mentor.yearsExperience - mentee.yearsExperience;
  const seniority = factor(
    'seniority',
    clamp01(gap / 5),
    `${mentor.yearsExperience} vs ${mentee.yearsExperience} years of experience`,
  );

  const factors = [specialty, profession, goals, site, language, availability, seniority];
  return {
    score: round(
      factors.reduce((sum, item) => sum + item.points, 0),
      1,
    ),
    factors,
  };
}
