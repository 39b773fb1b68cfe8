import { Prisma } from '@preceptor/db';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import type { ParticipationReport } from '@preceptor/domain/reports/report-section-schemas';
import type { ActorContext } from '../service-context.ts';
import { jsonRows, type ReportScope, reportScope, scopedMemberships } from './report-scope.ts';
import { rolledUp } from './rollup/read-rollup.ts';
import { runReport } from './run-report.ts';

/** The section for a reader and filter: the rollup's figures when they answer it, else live. */
export async function participationReport(
  ctx: ActorContext,
  filter: ReportFilter,
): Promise<ParticipationReport> {
  return (
    (await rolledUp<ParticipationReport>(ctx, filter, 'participation')) ??
    participationSection(ctx, await reportScope(ctx, filter))
  );
}

/**
 * People by role and membership status, whether they have set up their account (signed in) or
 * are still only invited, and matches by status (a match counts where its mentee does). A person
 * in two cohorts counts once per role: grouped by person first, then counted.
 */
export async function participationSection(
  ctx: ActorContext,
  scope: ReportScope,
): Promise<ParticipationReport> {
  return runReport<ParticipationReport>(
    ctx,
    Prisma.sql`
      WITH ${scopedMemberships(scope, { person: true })},
      person AS (
        SELECT role, user_id, bool_or(active) AS active, bool_or(NOT active) AS removed,
               bool_or(has_password) AS has_password
        FROM sm GROUP BY role, user_id
      )
      SELECT ${jsonRows(Prisma.sql`
        SELECT role::text AS role, count(*)::int AS people,
               count(*) FILTER (WHERE active)::int AS active,
               count(*) FILTER (WHERE removed)::int AS removed,
               count(*) FILTER (WHERE has_password)::int AS "signedIn",
               count(*) FILTER (WHERE NOT has_password)::int AS invited
        FROM person GROUP BY role ORDER BY role::text`)} AS "byRole",
      ${jsonRows(Prisma.sql`
        SELECT ma.status::text AS status, count(*)::int AS matches
        FROM "Match" ma JOIN sm ON sm.membership_id = ma."menteeMembershipId"
        GROUP BY ma.status ORDER BY ma.status`)} AS matches`,
  );
}
