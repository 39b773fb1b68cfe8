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

/** A shared reflection waiting for its mentor; the title is part of what was shared. */
export const ReviewQueueEntry = z.object({
  id: z.string(),
  title: z.string(),
  authorName: z.string(),
  status: ReflectionStatus,
  sharedAt: z.date().nullable(),
});
export type ReviewQueueEntry = z.infer<typeof ReviewQueueEntry>;
