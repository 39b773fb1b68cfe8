import { z } from 'zod';
import { ReflectLevel } from './reflect-rubric.ts';
import { ReviewOutcome } from './review-schemas.ts';

/**
 * One review a mentor gave, for their "Reviewed" list. Like the review queue it carries no text —
 * not the reflection's title, nor the mentor's own comments (those sit beside the reflection and
 * are read there, audited, while the match lasts). `canOpen` says whether that is still so.
 */
export const ReviewHistoryEntry = z.object({
  reviewId: z.string(),
  reflectionId: z.string(),
  authorName: z.string(),
  /** The module whose prompt the reflection answers; null for a free-topic reflection. */
  moduleTitle: z.string().nullable(),
  reflectionVersion: z.number().int(),
  level: ReflectLevel,
  outcome: ReviewOutcome,
  reviewedAt: z.date(),
  /** Shared with this mentor and their match still active: the review page will open. */
  canOpen: z.boolean(),
});
export type ReviewHistoryEntry = z.infer<typeof ReviewHistoryEntry>;
