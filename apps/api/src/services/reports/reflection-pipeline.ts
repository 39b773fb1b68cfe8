import { Prisma } from '@preceptor/db';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import type {
  ReflectionPipelineReport,
  ReflectionStageRow,
  ReflectLevelMonthRow,
} from '@preceptor/domain/reports/report-section-schemas';
import type { ActorContext } from '../service-context.ts';
import { at, monthOf, reportScope, scopedMemberships } from './report-scope.ts';

/**
 * Where the counted mentees' reflections stand: written in the period, by stage; how long
 * reviews took (from the share of the version reviewed, or that version's save when the share
 * has since been replaced); REFLECT levels of the period's reviews by month. Counts and
 * durations only: no query here reads a title or a body.
 */
export async function reflectionPipelineReport(
  ctx: ActorContext,
  filter: ReportFilter,
): Promise<ReflectionPipelineReport> {
  const scope = await reportScope(ctx, filter);
  const cte = Prisma.sql`${scopedMemberships(scope)},
    authors AS (SELECT DISTINCT user_id FROM sm WHERE role = 'MENTEE')`;
  const inPeriod = (column: Prisma.Sql) =>
    Prisma.sql`${column} BETWEEN ${at(scope.from)} AND ${at(scope.to)}`;
  const [byStage, [turnaround], levelsByMonth] = await Promise.all([
    ctx.db.$queryRaw<ReflectionStageRow[]>`
      WITH ${cte}
      SELECT r.status::text AS stage, count(*)::int AS reflections, count(DISTINCT r."authorId")::int AS people
      FROM "Reflection" r JOIN authors a ON a.user_id = r."authorId"
      WHERE ${inPeriod(Prisma.sql`r."createdAt"`)}
      GROUP BY r.status ORDER BY r.status`,
    ctx.db.$queryRaw<{ reviews: number; medianHours: number | null; p90Hours: number | null }[]>`
      WITH ${cte},
      waits AS (
        SELECT extract(epoch FROM rv."createdAt" - coalesce(sh."sharedAt", v."createdAt")) / 3600 AS hours
        FROM "Review" rv
        JOIN "Reflection" r ON r.id = rv."reflectionId"
        JOIN authors a ON a.user_id = r."authorId"
        LEFT JOIN "ReflectionShare" sh ON sh."reflectionId" = rv."reflectionId" AND sh."mentorId" = rv."mentorId"
          AND sh.version = rv."reflectionVersion" AND sh."sharedAt" <= rv."createdAt"
        LEFT JOIN "ReflectionVersion" v ON v."reflectionId" = rv."reflectionId" AND v.version = rv."reflectionVersion"
        WHERE ${inPeriod(Prisma.sql`rv."createdAt"`)}
      )
      SELECT count(hours)::int AS reviews,
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY hours))::float8 AS "medianHours",
             (percentile_cont(0.9) WITHIN GROUP (ORDER BY hours))::float8 AS "p90Hours"
      FROM waits`,
    ctx.db.$queryRaw<ReflectLevelMonthRow[]>`
      WITH ${cte}
      SELECT ${monthOf(Prisma.sql`rv."createdAt"`)} AS month,
             count(*) FILTER (WHERE rv.level = 'HABITUAL_ACTION')::int AS "HABITUAL_ACTION",
             count(*) FILTER (WHERE rv.level = 'THOUGHTFUL_ACTION')::int AS "THOUGHTFUL_ACTION",
             count(*) FILTER (WHERE rv.level = 'REFLECTION')::int AS "REFLECTION",
             count(*) FILTER (WHERE rv.level = 'CRITICAL_REFLECTION')::int AS "CRITICAL_REFLECTION"
      FROM "Review" rv
      JOIN "Reflection" r ON r.id = rv."reflectionId"
      JOIN authors a ON a.user_id = r."authorId"
      WHERE ${inPeriod(Prisma.sql`rv."createdAt"`)}
      GROUP BY 1 ORDER BY 1`,
  ]);
  return {
    written: byStage.reduce((sum, row) => sum + row.reflections, 0),
    byStage,
    turnaround: turnaround ?? { reviews: 0, medianHours: null, p90Hours: null },
    levelsByMonth,
  };
}
