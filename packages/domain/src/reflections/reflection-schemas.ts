import { z } from 'zod';

export const ReflectionStatus = z.enum(['DRAFT', 'SHARED', 'REVISION_REQUESTED', 'REVIEWED']);
export type ReflectionStatus = z.infer<typeof ReflectionStatus>;

/** What the author sees in their journal list. */
export const JournalEntrySummary = z.object({
  id: z.string(),
  title: z.string(),
  status: ReflectionStatus,
  updatedAt: z.date(),
  sharedAt: z.date().nullable(),
});
export type JournalEntrySummary = z.infer<typeof JournalEntrySummary>;

/**
 * A shared reflection waiting for its mentor. No title: a title is reflection text too, and a
 * mentor's read of it must be audited, so it shows only on the (audited) review page. The
 * module the reflection answers, the writer and the date are enough to tell entries apart.
 */
export const ReviewQueueEntry = z.object({
  id: z.string(),
  authorName: z.string(),
  /** The module whose prompt it answers; null for a free-topic reflection. */
  moduleTitle: z.string().nullable(),
  status: ReflectionStatus,
  sharedAt: z.date().nullable(),
});
export type ReviewQueueEntry = z.infer<typeof ReviewQueueEntry>;
