import { Prisma } from '@preceptor/db';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import type { ReflectionPipelineReport } from '@preceptor/domain/reports/report-section-schemas';
import type { ActorContext } from '../service-context.ts';
import { at, jsonRows, monthOf, type ReportScope, reportScope, scopedMemberships } from './report-scope.ts';
import { rolledUp } from './rollup/read-rollup.ts';
import { runReport } from './run-report.ts';

/** The section for a reader and filter: the rollup's figures when they answer it, else live. */
export async function reflectionPipelineReport(
  ctx: ActorContext,
  filter: ReportFilter,
): Promise<ReflectionPipelineReport> {
  return (
    (await rolledUp<ReflectionPipelineReport>(ctx, filter, 'reflectionPipeline')) ??
    reflectionPipelineSection(ctx, await reportScope(ctx, filter))
  );
}

/**
 * Where the counted mentees' reflections stand: written in the period, by stage; how long
 * reviews took (from the reflection's share to the review; a review of an earlier share of a
 * since re-shared reflection has no share time left to measure from and is not timed); REFLECT levels of the period's reviews by month. Counts and
 * durations only: no query here reads a title or a body.
 */
export async function reflectionPipelineSection(
  ctx: ActorContext,
  scope: ReportScope,
): Promise<ReflectionPipelineReport> {
  const inPeriod = (column: Prisma.Sql) =>
    Prisma.sql`${column} BETWEEN ${at(scope.from)} AND ${at(scope.to)}`;
  const found = await runReport<Omit<ReflectionPipelineReport, 'written'>>(
    ctx,
    Prisma.sql`
      WITH ${scopedMemberships(scope)},
      authors AS (SELECT DISTINCT user_id FROM sm WHERE role = 'MENTEE'),
      reviewed AS (
        SELECT rv."createdAt", rv.level,
               CASE WHEN r."sharedAt" <= rv."createdAt"
                    THEN extract(epoch FROM rv."createdAt" - r."sharedAt") / 3600 END AS hours
        FROM "Review" rv
        JOIN "Reflection" r ON r.id = rv."reflectionId"
        JOIN authors a ON a.user_id = r."authorId"
        WHERE ${inPeriod(Prisma.sql`rv."createdAt"`)}
      )
      SELECT
      ${jsonRows(Prisma.sql`
        SELECT r.status::text AS stage, count(*)::int AS reflections, count(DISTINCT r."authorId")::int AS people
        FROM "Reflection" r JOIN authors a ON a.user_id = r."authorId"
        WHERE ${inPeriod(Prisma.sql`r."createdAt"`)}
        GROUP BY r.status ORDER BY r.status`)} AS "byStage",
      (SELECT json_build_object(
          'reviews', count(hours),
          'medianHours', percentile_cont(0.5) WITHIN GROUP (ORDER BY hours),
          'p90Hours', percentile_cont(0.9) WITHIN GROUP (ORDER BY hours))
       FROM reviewed) AS turnaround,
      ${jsonRows(Prisma.sql`
        SELECT ${monthOf(Prisma.sql`"createdAt"`)} AS month,
               count(*) FILTER (WHERE level = 'HABITUAL_ACTION')::int AS "HABITUAL_ACTION",
               count(*) FILTER (WHERE level = 'THOUGHTFUL_ACTION')::int AS "THOUGHTFUL_ACTION",
               count(*) FILTER (WHERE level = 'REFLECTION')::int AS "REFLECTION",
               count(*) FILTER (WHERE level = 'CRITICAL_REFLECTION')::int AS "CRITICAL_REFLECTION"
        FROM reviewed GROUP BY 1 ORDER BY 1`)} AS "levelsByMonth"`,
  );
  return { written: found.byStage.reduce((sum, row) => sum + row.reflections, 0), ...found };
}
