import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import type {
  MatchStatusRow,
  ParticipationReport,
  ParticipationRow,
} from '@preceptor/domain/reports/report-section-schemas';
import type { ActorContext } from '../service-context.ts';
import { reportScope, scopedMemberships } from './report-scope.ts';

/**
 * People by role and membership status, whether they have set up their account (signed in) or
 * are still only invited, and matches by status (a match counts where its mentee does).
 */
export async function participationReport(
  ctx: ActorContext,
  filter: ReportFilter,
): Promise<ParticipationReport> {
  const scope = await reportScope(ctx, filter);
  const members = scopedMemberships(scope);
  const [byRole, matches] = await Promise.all([
    ctx.db.$queryRaw<ParticipationRow[]>`
      WITH ${members}
      SELECT role,
             count(DISTINCT user_id)::int AS people,
             count(DISTINCT user_id) FILTER (WHERE active)::int AS active,
             count(DISTINCT user_id) FILTER (WHERE NOT active)::int AS removed,
             count(DISTINCT user_id) FILTER (WHERE has_password)::int AS "signedIn",
             count(DISTINCT user_id) FILTER (WHERE NOT has_password)::int AS invited
      FROM sm GROUP BY role ORDER BY role`,
    ctx.db.$queryRaw<MatchStatusRow[]>`
      WITH ${members}
      SELECT ma.status::text AS status, count(*)::int AS matches
      FROM "Match" ma JOIN sm ON sm.membership_id = ma."menteeMembershipId"
      GROUP BY ma.status ORDER BY ma.status`,
  ]);
  return { byRole, matches };
}
