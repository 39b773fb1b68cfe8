import { Prisma } from '@preceptor/db';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import type { EngagementReport } from '@preceptor/domain/reports/report-section-schemas';
import type { ActorContext } from '../service-context.ts';
import { at, jsonRows, monthOf, type ReportScope, reportScope, scopedMemberships } from './report-scope.ts';
import { rolledUp } from './rollup/read-rollup.ts';
import { runReport } from './run-report.ts';

const DAY_SECONDS = 86_400;
const MONTH_SECONDS = 30.4375 * DAY_SECONDS;

/** The section for a reader and filter: the rollup's figures when they answer it, else live. */
export async function engagementReport(ctx: ActorContext, filter: ReportFilter): Promise<EngagementReport> {
  return (
    (await rolledUp<EngagementReport>(ctx, filter, 'engagement')) ??
    engagementSection(ctx, await reportScope(ctx, filter))
  );
}

/**
 * Meetings of the active matches of counted mentees, per cohort: meetings per match per month
 * (over the months each match was active in the period), mentoring hours, the median days since
 * the pair last met (or were matched), and how many have not met for `quietDays`.
 */
export async function engagementSection(ctx: ActorContext, scope: ReportScope): Promise<EngagementReport> {
  const members = scopedMemberships(scope);
  const { from, to, now, quietDays } = scope;
  const until = new Date(Math.min(to.getTime(), now.getTime()));
  const { byCohort, byMonth } = await runReport<Pick<EngagementReport, 'byCohort' | 'byMonth'>>(
    ctx,
    Prisma.sql`
      WITH ${members},
      pair AS (
        SELECT ma.id, ma."cohortId" AS cohort_id,
               count(me.id) FILTER (WHERE me."occurredAt" BETWEEN ${at(from)} AND ${at(to)}) AS meetings,
               coalesce(sum(me."durationMinutes") FILTER (WHERE me."occurredAt" BETWEEN ${at(from)} AND ${at(to)}), 0) AS minutes,
               greatest(max(me."occurredAt"), ma."activatedAt") AS last_activity,
               greatest(extract(epoch FROM ${at(until)} - greatest(${at(from)}, coalesce(ma."activatedAt", ma."proposedAt"))), 0)
                 / ${MONTH_SECONDS} AS months
        FROM "Match" ma
        JOIN sm ON sm.membership_id = ma."menteeMembershipId"
        LEFT JOIN "Meeting" me ON me."matchId" = ma.id
        WHERE ma.status = 'ACTIVE'
        GROUP BY ma.id
      )
      SELECT ${jsonRows(Prisma.sql`
      SELECT c.id AS "cohortId", c.name AS "cohortName",
             count(*)::int AS "activeMatches",
             sum(meetings)::int AS meetings,
             coalesce(sum(meetings) / nullif(sum(months), 0), 0)::float8 AS "meetingsPerMatchPerMonth",
             (sum(minutes) / 60.0)::float8 AS "mentoringHours",
             (percentile_cont(0.5) WITHIN GROUP (
               ORDER BY extract(epoch FROM ${at(now)} - last_activity) / ${DAY_SECONDS}))::float8
               AS "medianDaysSinceLastActivity",
             count(*) FILTER (WHERE last_activity IS NULL
               OR last_activity < ${at(now)} - make_interval(days => ${quietDays}::int))::int AS "quietMatches"
      FROM pair JOIN "Cohort" c ON c.id = pair.cohort_id
      GROUP BY c.id, c.name ORDER BY c.name`)} AS "byCohort",
      ${jsonRows(Prisma.sql`
      SELECT ${monthOf(Prisma.sql`me."occurredAt"`)} AS month, count(*)::int AS meetings,
             (sum(me."durationMinutes") / 60.0)::float8 AS "mentoringHours"
      FROM "Meeting" me
      JOIN "Match" ma ON ma.id = me."matchId"
      JOIN sm ON sm.membership_id = ma."menteeMembershipId"
      WHERE me."occurredAt" BETWEEN ${at(from)} AND ${at(to)}
      GROUP BY 1 ORDER BY 1`)} AS "byMonth"`,
  );
  return { quietDays, byCohort, byMonth };
}
