import { Prisma } from '@preceptor/db';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import type { LearningReport } from '@preceptor/domain/reports/report-section-schemas';
import type { ActorContext } from '../service-context.ts';
import {
  assignments,
  at,
  jsonRows,
  moduleTitle,
  monthOf,
  type ReportScope,
  reportScope,
  scopedMemberships,
} from './report-scope.ts';
import { rolledUp } from './rollup/read-rollup.ts';
import { runReport } from './run-report.ts';

const COUNTS = Prisma.sql`
  count(*)::int AS assigned,
  count(*) FILTER (WHERE assignment_state = 'completed')::int AS completed,
  count(*) FILTER (WHERE assignment_state = 'inProgress')::int AS "inProgress",
  count(*) FILTER (WHERE assignment_state = 'notStarted')::int AS "notStarted",
  count(*) FILTER (WHERE assignment_state = 'overdue')::int AS overdue`;

/** The section for a reader and filter: the rollup's figures when they answer it, else live. */
export async function learningReport(ctx: ActorContext, filter: ReportFilter): Promise<LearningReport> {
  return (
    (await rolledUp<LearningReport>(ctx, filter, 'learning')) ??
    learningSection(ctx, await reportScope(ctx, filter))
  );
}

/**
 * Module assignments (mentee × curriculum module) by state, per module and per cohort and
 * hospital; completions per month; quiz attempts and pass rates per module — never an answer.
 * One statement: the assignments are worked out once for all four tables.
 */
export async function learningSection(ctx: ActorContext, scope: ReportScope): Promise<LearningReport> {
  const { from, to } = scope;
  return runReport<LearningReport>(
    ctx,
    Prisma.sql`
      WITH ${scopedMemberships(scope, { person: true })}, ${assignments(scope)},
      taken AS (
        -- A person's progress in a module once, though two of their cohorts may assign it.
        SELECT mp.id, mp."moduleId" AS module_id FROM "ModuleProgress" mp
        WHERE EXISTS (SELECT 1 FROM asg WHERE asg.user_id = mp."userId" AND asg.module_id = mp."moduleId")
      ),
      tries AS (
        SELECT taken.module_id, count(*) AS attempts, count(*) FILTER (WHERE qa.passed) AS passed
        FROM taken JOIN "QuizAttempt" qa ON qa."progressId" = taken.id
        WHERE qa."submittedAt" BETWEEN ${at(from)} AND ${at(to)}
        GROUP BY taken.id, taken.module_id
      )
      SELECT
      ${jsonRows(Prisma.sql`
        SELECT per.module_id AS "moduleId", coalesce(${moduleTitle(Prisma.sql`per.module_id`)}, '') AS "moduleTitle",
               assigned, completed, "inProgress", "notStarted", overdue
        FROM (SELECT module_id, ${COUNTS} FROM asg GROUP BY module_id) per ORDER BY "moduleTitle"`)} AS "byModule",
      ${jsonRows(Prisma.sql`
        SELECT c.id AS "cohortId", c.name AS "cohortName", h.id AS "hospitalId", h.name AS "hospitalName", ${COUNTS}
        FROM asg JOIN "Cohort" c ON c.id = asg.cohort_id LEFT JOIN "Hospital" h ON h.id = asg.hospital_id
        GROUP BY c.id, c.name, h.id, h.name ORDER BY c.name, h.name`)} AS "byCohort",
      ${jsonRows(Prisma.sql`
        SELECT ${monthOf(Prisma.sql`completed_at`)} AS month, count(*)::int AS completed
        FROM asg WHERE assignment_state = 'completed' AND completed_at BETWEEN ${at(from)} AND ${at(to)}
        GROUP BY 1 ORDER BY 1`)} AS "byMonth",
      ${jsonRows(Prisma.sql`
        SELECT per.module_id AS "moduleId", coalesce(${moduleTitle(Prisma.sql`per.module_id`)}, '') AS "moduleTitle",
               people, attempts, "passedAttempts", "peoplePassed"
        FROM (
          SELECT module_id, count(*)::int AS people, sum(attempts)::int AS attempts,
                 sum(passed)::int AS "passedAttempts", count(*) FILTER (WHERE passed > 0)::int AS "peoplePassed"
          FROM tries GROUP BY module_id
        ) per ORDER BY "moduleTitle"`)} AS quizzes`,
  );
}
