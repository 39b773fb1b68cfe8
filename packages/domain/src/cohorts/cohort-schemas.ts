import { z } from 'zod';

export const CohortStatus = z.enum(['DRAFT', 'ACTIVE', 'CLOSED']);

export const CohortSummary = z.object({
  id: z.string(),
  name: z.string(),
  status: CohortStatus,
  startDate: z.date(),
  endDate: z.date(),
  /** Only the hospitals the viewer administers among the cohort's. */
  hospitals: z.array(z.object({ id: z.string(), name: z.string(), code: z.string() })),
  /** Counts of the viewer's hospitals' people only. */
  mentorCount: z.number().int(),
  menteeCount: z.number().int(),
  activeMatchCount: z.number().int(),
});
export type CohortSummary = z.infer<typeof CohortSummary>;
