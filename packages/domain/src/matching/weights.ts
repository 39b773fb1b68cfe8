import { z } from 'zod';

/** The factors a pair is scored on, in the order staff see them. */
export const MATCH_FACTORS = [
  'specialty',
  'profession',
  'goals',
  'site',
  'language',
  'availability',
  'seniority',
  'preference',
] as const;
export type MatchFactorName = (typeof MATCH_FACTORS)[number];

export const MATCH_FACTOR_LABELS: Record<MatchFactorName, string> = {
  specialty: 'Specialty',
  profession: 'Profession',
  goals: "Mentee's goals ↔ mentor's expertise",
  site: 'Same hospital',
  language: 'Language',
  availability: 'Availability',
  seniority: 'Seniority gap',
  preference: "Mentee's own preference",
};

const weight = (label: string) =>
  z
    .number({ error: `${label}: enter a number from 0 to 10.` })
    .int(`${label}: use a whole number from 0 to 10.`)
    .min(0, `${label} cannot be below 0.`)
    .max(10, `${label} cannot be above 10.`);

/**
 * Relative importance of each factor, 0 (ignored) to 10. Scores are normalised by the sum, so
 * only the ratios matter and a pair that is perfect on every weighted factor scores 100.
 */
export const MatchingWeights = z
  .object({
    specialty: weight('Specialty'),
    profession: weight('Profession'),
    goals: weight('Goals'),
    site: weight('Same hospital'),
    language: weight('Language'),
    availability: weight('Availability'),
    seniority: weight('Seniority gap'),
    preference: weight('Preference'),
  })
  .refine((w) => MATCH_FACTORS.some((name) => w[name] > 0), {
    message: 'Give at least one factor a weight above 0.',
  });
export type MatchingWeights = z.infer<typeof MatchingWeights>;

export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = {
  specialty: 5,
  profession: 3,
  goals: 6,
  site: 2,
  language: 1,
  availability: 2,
  seniority: 1,
  preference: 3,
};

/** A cohort's stored weights, or the defaults when none (or an unreadable value) are stored. */
export function weightsOrDefault(stored: unknown): MatchingWeights {
  const parsed = MatchingWeights.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_MATCHING_WEIGHTS;
}
