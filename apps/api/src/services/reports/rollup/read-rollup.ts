import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import {
  REPORT_ROLLUP_REFRESH_MINUTES,
  type ReportFreshness,
} from '@preceptor/domain/reports/report-freshness';
import type { ActorContext } from '../../service-context.ts';
import { reportScope } from '../report-scope.ts';
import { ROLLUP_MAX_AGE_MS, type RollupSection, rollupSlice } from './rollup-slice.ts';

/**
 * The stored row for this filter (with its figures only when asked for) when the rollup answers
 * it and is fresh enough; else null.
 */
async function storedRow(
  ctx: ActorContext,
  filter: ReportFilter,
  section: RollupSection,
  withPayload: boolean,
): Promise<{ refreshedAt: Date; payload?: unknown } | null> {
  const slice = rollupSlice(ctx.actor, filter);
  if (slice === null) return null;
  const row = await ctx.db.reportRollup.findUnique({
    where: { section_slice: { section, slice } },
    select: { refreshedAt: true, payload: withPayload },
  });
  if (!row || ctx.clock.now().getTime() - row.refreshedAt.getTime() > ROLLUP_MAX_AGE_MS) return null;
  return row;
}

/**
 * A section's figures from the rollup: the rows the live statement returned at the last refresh,
 * for exactly this filter (so percentiles and distinct-person counts are exact, not summed).
 * Null when the report must run live.
 */
export async function rolledUp<TSection>(
  ctx: ActorContext,
  filter: ReportFilter,
  section: RollupSection,
): Promise<TSection | null> {
  const row = await storedRow(ctx, filter, section, true);
  return row ? (row.payload as TSection) : null;
}

/**
 * Whether a report for this filter comes from the rollup and as of when, for the reports page's
 * "Counts as of …". Every section of one refresh shares its time; the participation row stands
 * for them all (they are written in one transaction).
 */
export async function reportFreshness(ctx: ActorContext, filter: ReportFilter): Promise<ReportFreshness> {
  // The same checks as the sections: someone else's cohort or hospital reads as absent.
  await reportScope(ctx, filter);
  // Its time only: the figures themselves are read by the sections.
  const row = await storedRow(ctx, filter, 'participation', false);
  return {
    source: row ? 'rollup' : 'live',
    asOf: row?.refreshedAt ?? null,
    refreshMinutes: REPORT_ROLLUP_REFRESH_MINUTES,
  };
}
