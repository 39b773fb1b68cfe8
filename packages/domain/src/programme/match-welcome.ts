import type { MatchFactor } from '../matching/match-schemas.ts';

/** How many reasons a welcome gives: the strongest few read as a reason, all eight as a form. */
export const WELCOME_REASONS = 4;

/**
 * "Why we matched you": the sentences of the factors that earned points, strongest first —
 * the same factor text the match page shows both people, and nothing else about the other.
 */
export function whyWeMatchedYou(factors: readonly MatchFactor[]): string[] {
  return [...factors]
    .filter((f) => f.points > 0 && f.detail.trim() !== '')
    .sort((a, b) => b.points - a.points)
    .slice(0, WELCOME_REASONS)
    .map((f) => f.detail.trim());
}
