import { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { Profession } from '@preceptor/domain/people/people-schemas';
import { staffScope } from '@preceptor/domain/permissions/actor';
import type { AssignmentState } from '@preceptor/domain/reports/drill-down-schemas';
import { DEFAULT_QUIET_DAYS, type ReportFilter, reportPeriod } from '@preceptor/domain/reports/report-filter';
import { cohortsInScope, hospitalsInScope } from '../access/scope.ts';
import type { ActorContext } from '../service-context.ts';

/** A report filter checked against the reader's scope, ready to narrow the report queries. */
export interface ReportScope {
  now: Date;
  from: Date;
  to: Date;
  quietDays: number;
  /** Hospitals whose people are counted; null: every hospital (a network admin, unfiltered). */
  countedHospitalIds: string[] | null;
  /** Hospitals the reader may see at all (names of other people, match reasons); null: all. */
  visibleHospitalIds: string[] | null;
  cohortId: string | null;
  profession: Profession | null;
}

/**
 * Checks the filter against the reader: someone else's cohort or hospital reads as absent, so a
 * report confirms nothing about it. A coordinator's reports count only their hospitals' people.
 */
export async function reportScope(ctx: ActorContext, filter: ReportFilter): Promise<ReportScope> {
  const { db, actor } = ctx;
  const scope = staffScope(actor);
  if (!scope) throw new DomainError('FORBIDDEN', 'Reports are for program staff.');
  if (filter.cohortId) {
    const cohort = await db.cohort.findFirst({
      where: { AND: [cohortsInScope(actor), { id: filter.cohortId }] },
      select: { id: true },
    });
    if (!cohort) throw new DomainError('NOT_FOUND', 'That cohort is not one you can see.');
  }
  if (filter.hospitalId) {
    const hospital = await db.hospital.findFirst({
      where: { AND: [hospitalsInScope(actor), { id: filter.hospitalId }] },
      select: { id: true },
    });
    if (!hospital) throw new DomainError('NOT_FOUND', 'That hospital is not one you can see.');
  }
  const visible = scope.kind === 'all' ? null : [...scope.hospitalIds];
  const now = ctx.clock.now();
  return {
    now,
    ...reportPeriod(filter, now),
    quietDays: filter.quietDays ?? DEFAULT_QUIET_DAYS,
    countedHospitalIds: filter.hospitalId ? [filter.hospitalId] : visible,
    visibleHospitalIds: visible,
    cohortId: filter.cohortId ?? null,
    profession: filter.profession ?? null,
  };
}

/** An instant as a UTC timestamp: the columns are `timestamp(3)` holding UTC. */
export function at(instant: Date): Prisma.Sql {
  return Prisma.sql`${instant.toISOString()}::timestamp`;
}

/** True when the hospital column is one of the ids (or always, for null: every hospital). */
export function hospitalIn(column: Prisma.Sql, hospitalIds: string[] | null): Prisma.Sql {
  return hospitalIds === null ? Prisma.sql`TRUE` : Prisma.sql`${column} = ANY(${hospitalIds}::text[])`;
}

/**
 * The memberships a report counts, as a CTE named `sm`: in a cohort running during the period,
 * of a person at a counted hospital, in a cohort that includes one of those hospitals (a mixed
 * cohort shows each coordinator only their own people), narrowed by cohort and profession.
 * `person` adds the person's hospital and whether they have set a password; without it, and
 * with nothing to narrow by, the people table is not read at all (a network-wide report).
 */
export function scopedMemberships(scope: ReportScope, options: { person?: boolean } = {}): Prisma.Sql {
  const ids = scope.countedHospitalIds;
  const hospitals =
    ids === null
      ? Prisma.empty
      : Prisma.sql`AND u."hospitalId" = ANY(${ids}::text[])
        AND EXISTS (SELECT 1 FROM "CohortHospital" ch
                    WHERE ch."cohortId" = m."cohortId" AND ch."hospitalId" = ANY(${ids}::text[]))`;
  const cohort = scope.cohortId ? Prisma.sql`AND m."cohortId" = ${scope.cohortId}` : Prisma.empty;
  const profession = scope.profession
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Profile" p
                 WHERE p."userId" = m."userId" AND p.profession = ${scope.profession}::"Profession")`
    : Prisma.empty;
  const readsPeople = options.person === true || ids !== null;
  const personColumns = readsPeople
    ? Prisma.sql`u."hospitalId" AS hospital_id, u."passwordHash" IS NOT NULL AS has_password`
    : Prisma.sql`NULL::text AS hospital_id, NULL::boolean AS has_password`;
  return Prisma.sql`sm AS (
    SELECT m.id AS membership_id, m."cohortId" AS cohort_id, m."userId" AS user_id,
           m.role, m.capacity, m.active, ${personColumns}
    FROM "Membership" m
    ${readsPeople ? Prisma.sql`JOIN "User" u ON u.id = m."userId"` : Prisma.empty}
    JOIN "Cohort" c ON c.id = m."cohortId"
    WHERE c."startDate" <= ${at(scope.to)}::date AND c."endDate" >= ${at(scope.from)}::date
      ${hospitals} ${cohort} ${profession}
  )`;
}

/** A JSON array of a subquery's rows, in its order: one statement returns a whole section. */
export function jsonRows(query: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(t), '[]'::json) FROM (${query}) t)`;
}

/**
 * Each active mentee's assignments (their cohort's curriculum) with a state, as a CTE named
 * `asg` after `sm`. The states follow curriculumStatus: completed, else overdue once the due
 * date has passed, else in progress or not started (locked counts as not started).
 */
export function assignments(scope: ReportScope): Prisma.Sql {
  return Prisma.sql`asg AS (
    SELECT sm.user_id, sm.cohort_id, sm.hospital_id, ci."moduleId" AS module_id, ci."dueAt" AS due_at,
           mp."completedAt" AS completed_at, mp.status AS progress_status,
           CASE WHEN mp.status = 'COMPLETED' THEN 'completed'
                WHEN ci."dueAt" < ${at(scope.now)} THEN 'overdue'
                WHEN mp.status = 'IN_PROGRESS' THEN 'inProgress'
                ELSE 'notStarted' END AS assignment_state
    FROM sm
    JOIN "CurriculumItem" ci ON ci."cohortId" = sm.cohort_id
    LEFT JOIN "ModuleProgress" mp ON mp."userId" = sm.user_id AND mp."moduleId" = ci."moduleId"
    WHERE sm.role = 'MENTEE' AND sm.active
  )`;
}

/**
 * The assignments of `asg` in one state, as plain conditions on its columns rather than on the
 * CASE of `assignment_state`: the planner can estimate and push them (a drill-down's page of
 * overdue assignments walks people in name order instead of working out every state first).
 */
export function assignmentStateIs(state: AssignmentState, scope: ReportScope): Prisma.Sql {
  const due = Prisma.sql`asg.due_at < ${at(scope.now)}`;
  const notDue = Prisma.sql`(asg.due_at IS NULL OR asg.due_at >= ${at(scope.now)})`;
  switch (state) {
    case 'completed':
      return Prisma.sql`asg.progress_status = 'COMPLETED'`;
    case 'overdue':
      return Prisma.sql`asg.progress_status IS DISTINCT FROM 'COMPLETED' AND ${due}`;
    case 'inProgress':
      return Prisma.sql`asg.progress_status = 'IN_PROGRESS' AND ${notDue}`;
    case 'notStarted':
      return Prisma.sql`asg.progress_status IS DISTINCT FROM 'COMPLETED'
        AND asg.progress_status IS DISTINCT FROM 'IN_PROGRESS' AND ${notDue}`;
  }
}

/** A module's title: its newest published version's, else its newest draft's. */
export function moduleTitle(moduleId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT mv.title FROM "ModuleVersion" mv WHERE mv."moduleId" = ${moduleId}
    ORDER BY (mv.status = 'PUBLISHED') DESC, mv.version DESC LIMIT 1)`;
}

/** "YYYY-MM" of a UTC timestamp column. */
export function monthOf(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${column}, 'YYYY-MM')`;
}
