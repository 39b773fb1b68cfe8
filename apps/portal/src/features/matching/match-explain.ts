import type { MatchFactor } from '@preceptor/domain/matching/match-schemas';
import { professionLabel as labelOf } from '@preceptor/domain/people/professions';

const FACTOR_LABELS: Record<string, string> = {
  specialty: 'Specialty',
  profession: 'Profession',
  goals: 'Goals and expertise',
  site: 'Site',
  language: 'Language',
  availability: 'Availability',
  seniority: 'Experience',
  preferences: 'Your preferences',
};

export function factorLabel(factor: string): string {
  return FACTOR_LABELS[factor] ?? factor.charAt(0).toUpperCase() + factor.slice(1);
}

/**
 * The factors that earned the most points, strongest first: the honest short answer to
 * "why this person?". Factors that earned nothing explain nothing, so they are left out.
 */
export function topFactors(factors: readonly MatchFactor[], count = 3): MatchFactor[] {
  return factors
    .filter((factor) => factor.points > 0)
    .toSorted((a, b) => b.points - a.points)
    .slice(0, count);
}

/** The API sends the profession's code; people read its label. */
export function professionLabel(profession: string | null): string | null {
  if (profession === null) return null;
  return labelOf(profession);
}
