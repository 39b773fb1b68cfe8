import { z } from 'zod';
import { Profession } from '../people/people-schemas.ts';

/** How long a match may go without a meeting before the reports call it quiet, unless asked. */
export const DEFAULT_QUIET_DAYS = 30;
/** Without dates the reports cover the year up to today. */
export const DEFAULT_REPORT_DAYS = 365;

const isoDay = z.iso.date('Use a date like 2026-09-30.');

/**
 * What every report section and drill-down is narrowed by. Dates are whole days (UTC): cohorts
 * running at some point in the range count, and dated activity (meetings, completions,
 * reflections, reviews) counts when it happened in the range. Plain strings and numbers, so the
 * same object lives in the portal's URL.
 */
export const ReportFilter = z
  .object({
    cohortId: z.uuid('That is not a cohort id.').optional(),
    hospitalId: z.uuid('That is not a hospital id.').optional(),
    profession: Profession.optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    quietDays: z.coerce
      .number()
      .int('Quiet days is a whole number of days.')
      .min(7, 'Quiet means at least 7 days without a meeting.')
      .max(365, 'Quiet days can be at most 365.')
      .optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: 'The start date must not be after the end date.',
    path: ['to'],
  });
export type ReportFilter = z.infer<typeof ReportFilter>;

/** The period a filter covers, as instants: from the start of `from` to the end of `to`. */
export function reportPeriod(filter: ReportFilter, now: Date): { from: Date; to: Date } {
  const to = filter.to ? new Date(`${filter.to}T23:59:59.999Z`) : now;
  const from = filter.from
    ? new Date(`${filter.from}T00:00:00.000Z`)
    : new Date(to.getTime() - DEFAULT_REPORT_DAYS * 86_400_000);
  return { from, to };
}
