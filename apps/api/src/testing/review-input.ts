import { learningApplies, type ReflectLevel } from '@preceptor/domain/reflections/reflect-rubric';
import type { LearningRating } from '@preceptor/domain/reflections/review-schemas';

/**
 * The rubric part of a valid review for tests that are about something else: every criterion at
 * `level` (so that is the overall level), `quote` as the strength (it must be in the text), a
 * question, and the learning axis answered "unrated" where it applies unless `learning` is given.
 */
export function rubricAt(level: ReflectLevel, quote: string, learning?: LearningRating) {
  return {
    criteria: {
      WRITING_SPECTRUM: level,
      PRESENCE: level,
      DILEMMA: level,
      EMOTIONS: level,
      MEANING_MAKING: level,
    },
    strengthQuote: quote,
    strengthNote: 'You put this into your own words.',
    furtherQuestion: 'What would you do differently next time?',
    ...(learning !== undefined
      ? { learning }
      : learningApplies(level)
        ? { learning: 'UNRATED' as const }
        : {}),
  };
}
