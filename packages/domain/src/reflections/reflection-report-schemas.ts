import { z } from 'zod';

/*
 * The staff reflection status report. What staff may know of reflections: that they exist,
 * their status and dates. There is deliberately no title or body anywhere here, and every
 * object is strict, so the output schema is what stops words leaving the server.
 */

export const ReflectionStatusReportInput = z
  .object({
    cohortId: z.uuid('That is not a cohort id.').optional(),
    hospitalId: z.uuid('That is not a hospital id.').optional(),
  })
  .default({});
export type ReflectionStatusReportInput = z.input<typeof ReflectionStatusReportInput>;

export const ReflectionCounts = z.strictObject({
  draft: z.number().int(),
  shared: z.number().int(),
  awaitingReview: z.number().int(),
  revisionRequested: z.number().int(),
  reviewed: z.number().int(),
  reviewOverdue: z.number().int(),
  revisionStale: z.number().int(),
  lastActivityAt: z.date().nullable(),
  waitingSince: z.date().nullable(),
});
export type ReflectionCounts = z.infer<typeof ReflectionCounts>;

export const MenteeReflectionStatus = z.strictObject({
  menteeId: z.string(),
  name: z.string(),
  hospitalName: z.string().nullable(),
  cohortNames: z.array(z.string()),
  counts: ReflectionCounts,
});
export type MenteeReflectionStatus = z.infer<typeof MenteeReflectionStatus>;

const FilterOption = z.strictObject({ id: z.string(), name: z.string() });

export const ReflectionStatusReport = z.strictObject({
  asOf: z.date(),
  reviewOverdueAfterDays: z.number().int(),
  revisionStaleAfterDays: z.number().int(),
  /** The cohorts and hospitals the reader may filter by: their own. */
  cohorts: z.array(z.strictObject({ id: z.string(), name: z.string(), closed: z.boolean() })),
  hospitals: z.array(FilterOption),
  totals: ReflectionCounts,
  mentees: z.array(MenteeReflectionStatus),
});
export type ReflectionStatusReport = z.infer<typeof ReflectionStatusReport>;
