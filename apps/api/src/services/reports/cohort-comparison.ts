import { Prisma } from '@preceptor/db';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import type {
  CohortComparisonReport,
  CohortComparisonRow,
} from '@preceptor/domain/reports/report-section-schemas';
import type { ActorContext } from '../service-context.ts';
import {
  assignments,
  at,
  jsonRows,
  type ReportScope,
  reportScope,
  scopedMemberships,
} from './report-scope.ts';
import { rolledUp } from './rollup/read-rollup.ts';
import { runReport } from './run-report.ts';

/** The section for a reader and filter: the rollup's figures when they answer it, else live. */
export async function cohortComparisonReport(
  ctx: ActorContext,
  filter: ReportFilter,
): Promise<CohortComparisonReport> {
  return (
    (await rolledUp<CohortComparisonReport>(ctx, filter, 'cohortComparison')) ??
    cohortComparisonSection(ctx, await reportScope(ctx, filter))
  );
}

/**
 * The headline figures of each cohort side by side, and the roll-up across all of them. The
 * roll-up counts a person or a reflection once even when they belong to several cohorts (it is
 * not the sum of the rows): people with ROLLUP over distinct counts, reflections per writer.
 */
export async function cohortComparisonSection(
  ctx: ActorContext,
  scope: ReportScope,
): Promise<CohortComparisonReport> {
  const inPeriod = (column: Prisma.Sql) =>
    Prisma.sql`${column} BETWEEN ${at(scope.from)} AND ${at(scope.to)}`;
  const { rows } = await runReport<{ rows: CohortComparisonRow[] }>(
    ctx,
    Prisma.sql`
    WITH ${scopedMemberships(scope)}, ${assignments(scope)},
    people AS (
      SELECT cohort_id,
             count(DISTINCT user_id) FILTER (WHERE role = 'MENTEE' AND active) AS mentees,
             count(DISTINCT user_id) FILTER (WHERE role = 'MENTOR' AND active) AS mentors
      FROM sm GROUP BY ROLLUP (cohort_id)
    ),
    scoped_match AS (
      SELECT ma.id, ma.status, sm.cohort_id
      FROM "Match" ma JOIN sm ON sm.membership_id = ma."menteeMembershipId"
    ),
    meetings AS (
      SELECT me."matchId" AS match_id, count(*) AS meetings
      FROM "Meeting" me JOIN scoped_match ON scoped_match.id = me."matchId"
      WHERE ${inPeriod(Prisma.sql`me."occurredAt"`)}
      GROUP BY me."matchId"
    ),
    matches AS (
      -- A match belongs to one mentee membership, so one cohort: plain counts roll up exactly.
      SELECT scoped_match.cohort_id,
             count(*) FILTER (WHERE scoped_match.status = 'ACTIVE') AS active_matches,
             coalesce(sum(meetings.meetings), 0) AS meetings
      FROM scoped_match LEFT JOIN meetings ON meetings.match_id = scoped_match.id
      GROUP BY ROLLUP (scoped_match.cohort_id)
    ),
    learning AS (
      SELECT cohort_id, count(*) AS assigned,
             count(*) FILTER (WHERE assignment_state = 'completed') AS completed,
             count(*) FILTER (WHERE assignment_state = 'overdue') AS overdue
      FROM asg GROUP BY ROLLUP (cohort_id)
    ),
    reflection AS (
      SELECT r.id, r."authorId" AS user_id, (r."sharedAt" IS NOT NULL OR r.status <> 'DRAFT') AS shared,
             count(rv.id) AS reviews
      FROM "Reflection" r LEFT JOIN "Review" rv ON rv."reflectionId" = r.id
      WHERE ${inPeriod(Prisma.sql`r."createdAt"`)}
        AND r."authorId" IN (SELECT user_id FROM sm WHERE role = 'MENTEE')
      GROUP BY r.id
    ),
    writer AS (
      -- Each mentee's reflections once, however many cohorts they are in.
      SELECT user_id, count(*) FILTER (WHERE shared) AS shared, sum(reviews) AS reviews
      FROM reflection GROUP BY user_id
    ),
    journal AS (
      SELECT sm.cohort_id, sum(writer.shared) AS shared, sum(writer.reviews) AS reviews
      FROM sm JOIN writer ON writer.user_id = sm.user_id
      WHERE sm.role = 'MENTEE'
      GROUP BY sm.cohort_id
      UNION ALL
      SELECT NULL, sum(shared), sum(reviews) FROM writer
    )
    SELECT ${jsonRows(Prisma.sql`
    SELECT people.cohort_id AS "cohortId", coalesce(c.name, 'All cohorts') AS "cohortName",
           people.mentees::int, people.mentors::int,
           coalesce(matches.active_matches, 0)::int AS "activeMatches",
           coalesce(learning.assigned, 0)::int AS assigned,
           coalesce(learning.completed, 0)::int AS completed,
           coalesce(learning.overdue, 0)::int AS overdue,
           coalesce(matches.meetings, 0)::int AS meetings,
           coalesce(journal.shared, 0)::int AS "reflectionsShared",
           coalesce(journal.reviews, 0)::int AS reviews
    FROM people
    LEFT JOIN "Cohort" c ON c.id = people.cohort_id
    LEFT JOIN matches ON matches.cohort_id IS NOT DISTINCT FROM people.cohort_id
    LEFT JOIN learning ON learning.cohort_id IS NOT DISTINCT FROM people.cohort_id
    LEFT JOIN journal ON journal.cohort_id IS NOT DISTINCT FROM people.cohort_id
    ORDER BY people.cohort_id IS NULL DESC, c."startDate" DESC, c.name`)} AS rows`,
  );
  const [first, ...cohorts] = rows;
  const rollUp =
    first && first.cohortId === null
      ? first
      : {
          cohortId: null,
          cohortName: 'All cohorts',
          mentees: 0,
          mentors: 0,
          activeMatches: 0,
          assigned: 0,
          completed: 0,
          overdue: 0,
          meetings: 0,
          reflectionsShared: 0,
          reviews: 0,
        };
  return { rollUp, cohorts: first && first.cohortId !== null ? rows : cohorts };
}
