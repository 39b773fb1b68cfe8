import { Prisma } from '@preceptor/db';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import type { MatchHealthReport } from '@preceptor/domain/reports/report-section-schemas';
import type { ActorContext } from '../service-context.ts';
import {
  at,
  hospitalIn,
  jsonRows,
  type ReportScope,
  reportScope,
  scopedMemberships,
} from './report-scope.ts';
import { rolledUp } from './rollup/read-rollup.ts';
import { runReport } from './run-report.ts';

/** The section for a reader and filter: the rollup's figures when they answer it, else live. */
export async function matchHealthReport(ctx: ActorContext, filter: ReportFilter): Promise<MatchHealthReport> {
  return (
    (await rolledUp<MatchHealthReport>(ctx, filter, 'matchHealth')) ??
    matchHealthSection(ctx, await reportScope(ctx, filter))
  );
}

/**
 * Matches of counted mentees that ended in the period before their cohort did, by who ended them
 * and why; and counted mentors' active matches against their capacity. A reason is written by
 * staff or the mentee about both people, so it shows only when the mentor, too, is at a hospital
 * the reader may see; otherwise those matches count under no reason.
 */
export async function matchHealthSection(ctx: ActorContext, scope: ReportScope): Promise<MatchHealthReport> {
  return runReport<MatchHealthReport>(
    ctx,
    Prisma.sql`
      WITH ${scopedMemberships(scope)},
      mentor AS (
        SELECT sm.membership_id, coalesce(sm.capacity, 0) AS capacity,
               count(ma.id) FILTER (WHERE ma.status = 'ACTIVE') AS active
        FROM sm LEFT JOIN "Match" ma ON ma."mentorMembershipId" = sm.membership_id
        WHERE sm.role = 'MENTOR' AND sm.active
        GROUP BY sm.membership_id, sm.capacity
      )
      SELECT
      ${jsonRows(Prisma.sql`
        SELECT CASE WHEN ma."endedById" = sm.user_id THEN 'MENTEE' ELSE 'STAFF' END AS "endedBy",
               CASE WHEN ${hospitalIn(Prisma.sql`mu."hospitalId"`, scope.visibleHospitalIds)} THEN ma."endReason" END AS reason,
               count(*)::int AS matches
        FROM "Match" ma
        JOIN sm ON sm.membership_id = ma."menteeMembershipId"
        JOIN "Cohort" c ON c.id = ma."cohortId"
        JOIN "Membership" mm ON mm.id = ma."mentorMembershipId"
        JOIN "User" mu ON mu.id = mm."userId"
        WHERE ma.status = 'ENDED' AND ma."endedAt" BETWEEN ${at(scope.from)} AND ${at(scope.to)}
          AND ma."endedAt"::date < c."endDate"
        GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`)} AS "endedEarly",
      ${jsonRows(Prisma.sql`
        SELECT CASE WHEN active = 0 THEN 'NONE' WHEN active < capacity THEN 'UNDER'
                    WHEN active = capacity THEN 'AT' ELSE 'OVER' END AS load,
               count(*)::int AS mentors, sum(capacity)::int AS capacity, sum(active)::int AS "activeMatches"
        FROM mentor GROUP BY 1 ORDER BY 1`)} AS "mentorLoad"`,
  );
}
