import type { Actor } from '@preceptor/domain/permissions/actor';
import { DEFAULT_QUIET_DAYS, type ReportFilter } from '@preceptor/domain/reports/report-filter';
import { REPORT_ROLLUP_REFRESH_MINUTES } from '@preceptor/domain/reports/report-freshness';

/** The report sections the rollup holds (drill-downs always run live). */
export const ROLLUP_SECTIONS = [
  'participation',
  'engagement',
  'learning',
  'reflectionPipeline',
  'matchHealth',
  'cohortComparison',
] as const;
export type RollupSection = (typeof ROLLUP_SECTIONS)[number];

/** The slice of every profession together. */
export const ALL_PROFESSIONS = 'ALL';

/**
 * Rolled-up figures older than this are not served (the job has stopped, e.g. RUN_JOBS=false):
 * the report runs live instead of showing figures that no longer say "refreshed every N minutes".
 */
export const ROLLUP_MAX_AGE_MS = 3 * REPORT_ROLLUP_REFRESH_MINUTES * 60_000;

/**
 * Which stored slice answers this reader's filter, or null when the report must run live.
 *
 * Only a network admin reads the rollup: its rows count every hospital's people, so a coordinator
 * (whose mixed cohorts must show only their own hospitals' people) never touches it. Only the
 * default period (the year up to the refresh) and the default quiet days are stored, with every
 * profession together or one profession; a cohort or hospital filter already runs live in tens of
 * milliseconds (docs/PERFORMANCE.md), and a chosen date range is rare enough to count live.
 */
export function rollupSlice(actor: Actor, filter: ReportFilter): string | null {
  if (!actor.isNetworkAdmin) return null;
  if (filter.cohortId || filter.hospitalId || filter.from || filter.to) return null;
  if (filter.quietDays !== undefined && filter.quietDays !== DEFAULT_QUIET_DAYS) return null;
  return filter.profession ?? ALL_PROFESSIONS;
}
