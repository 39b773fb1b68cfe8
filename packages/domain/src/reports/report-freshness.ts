import { z } from 'zod';

/**
 * How often the network-wide report figures are counted again (the `reports.rollup` job). A
 * refresh at 100,000 people takes well under a minute (docs/PERFORMANCE.md), so this leaves the
 * database idle most of the time while keeping the figures within a quarter of an hour.
 */
export const REPORT_ROLLUP_REFRESH_MINUTES = 15;

/**
 * Where a report's figures come from for a given filter: counted live for this request, or read
 * from the figures the rollup job counted at `asOf` (a network admin's unfiltered report).
 */
export const ReportFreshness = z.strictObject({
  source: z.enum(['live', 'rollup']),
  /** When the rolled-up figures were counted; null when they are live. */
  asOf: z.date().nullable(),
  refreshMinutes: z.number().int().positive(),
});
export type ReportFreshness = z.infer<typeof ReportFreshness>;
