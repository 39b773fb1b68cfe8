import { Prisma } from '@preceptor/db';
import type { DrillDownFigure, ParsedDrillDownInput } from '@preceptor/domain/reports/drill-down-schemas';
import { assignmentStateIs, at, hospitalIn, moduleTitle, monthOf, type ReportScope } from './report-scope.ts';

type Extra = 'moduleTitle' | 'status' | 'dueAt' | 'date' | 'counterpart' | 'count' | 'capacity' | 'reason';
const EXTRA_TYPES: Record<Extra, string> = {
  moduleTitle: 'text',
  status: 'text',
  dueAt: 'timestamp',
  date: 'timestamp',
  counterpart: 'text',
  count: 'int',
  capacity: 'int',
  reason: 'text',
};

/**
 * The DrillDownRow columns: the person (aliases u, h, p; the cohort c unless `cohortName` is
 * given) and the figure's own ones, then the sort keys (last name, first name) that drill-down.ts
 * orders by: the "User" (lastName, firstName) index walks them in order, so a page of a
 * network-wide list is found without reading the whole list.
 */
function columns(
  role: Prisma.Sql,
  extra: Partial<Record<Extra, Prisma.Sql>>,
  cohortName: Prisma.Sql = Prisma.sql`c.name`,
): Prisma.Sql {
  const rest = (Object.keys(EXTRA_TYPES) as Extra[]).map(
    (key) =>
      Prisma.sql`${extra[key] ?? Prisma.raw(`NULL::${EXTRA_TYPES[key]}`)} AS ${Prisma.raw(`"${key}"`)}`,
  );
  return Prisma.sql`u.id AS "personId", u."firstName" || ' ' || u."lastName" AS name, u.email,
    h.name AS "hospitalName", ${cohortName} AS "cohortName", p.profession::text AS profession, (${role})::text AS role,
    ${Prisma.join(rest)}, u."lastName" AS sort_last, u."firstName" AS sort_first`;
}

/** The person, their hospital, the cohort and the profile, for a source with user_id and cohort_id. */
function person(source: string): Prisma.Sql {
  return Prisma.raw(`JOIN "User" u ON u.id = ${source}.user_id
    LEFT JOIN "Hospital" h ON h.id = u."hospitalId"
    JOIN "Cohort" c ON c.id = ${source}.cohort_id
    LEFT JOIN "Profile" p ON p."userId" = u.id`);
}

/**
 * A list that means people (not memberships) groups its rows by these: one row per person, with
 * all their cohorts in the cohort cell, as the report counts them once.
 */
const PERSON_KEYS = Prisma.raw(`GROUP BY u.id, h.id, p."userId"`);
const COHORTS = Prisma.sql`string_agg(DISTINCT c.name, ', ')`;

const where = (conditions: Prisma.Sql[]) =>
  conditions.length === 0 ? Prisma.empty : Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`;

/** ILIKE treats % and _ as wildcards; a search for "50%" means the characters. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
/** The other person of a match, named only when the reader may see their hospital. */
function counterpart(scope: ReportScope): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${hospitalIn(Prisma.sql`mu."hospitalId"`, scope.visibleHospitalIds)}
    THEN mu."firstName" || ' ' || mu."lastName" END`;
}
const MENTOR_OF_MATCH = Prisma.raw(`JOIN "Membership" mm ON mm.id = ma."mentorMembershipId"
  JOIN "User" mu ON mu.id = mm."userId"`);

const STATE_WORDS =
  Prisma.raw(`CASE assignment_state WHEN 'completed' THEN 'Completed' WHEN 'overdue' THEN 'Overdue'
  WHEN 'inProgress' THEN 'In progress' ELSE 'Not started' END`);

/**
 * For each figure, a SELECT of DrillDownRow columns (and the sort keys) after the CTE `sm`
 * (scopedMemberships). The rows are the people behind the number the report shows for the same
 * filter: one row per person where the report counts people (members, quiz results, reflections,
 * reviews), one per membership's record where it counts records (assignments, matches, mentor
 * places). A search narrows by name or email before anything is grouped.
 */
export function figureRows(scope: ReportScope, input: ParsedDrillDownInput): Prisma.Sql {
  const inPeriod = (column: Prisma.Sql) =>
    Prisma.sql`${column} BETWEEN ${at(scope.from)} AND ${at(scope.to)}`;
  const found: Prisma.Sql[] = input.search
    ? [
        Prisma.sql`(u."firstName" || ' ' || u."lastName" ILIKE ${likePattern(input.search)}
          OR u.email ILIKE ${likePattern(input.search)})`,
      ]
    : [];
  const builders: Record<DrillDownFigure, () => Prisma.Sql> = {
    members: () => {
      // Per person and role, as participation counts them: active if any membership is.
      const conditions: Prisma.Sql[] = [];
      if (input.membership)
        conditions.push(
          input.membership === 'active' ? Prisma.sql`bool_or(sm.active)` : Prisma.sql`bool_or(NOT sm.active)`,
        );
      if (input.account)
        conditions.push(
          input.account === 'signedIn'
            ? Prisma.sql`bool_or(sm.has_password)`
            : Prisma.sql`NOT bool_or(sm.has_password)`,
        );
      const cohorts = Prisma.sql`string_agg(DISTINCT c.name || CASE WHEN sm.active THEN '' ELSE ' (removed)' END, ', ')`;
      return Prisma.sql`SELECT ${columns(
        Prisma.sql`sm.role`,
        {
          status: Prisma.sql`CASE WHEN NOT bool_or(sm.active) THEN 'Removed' WHEN bool_or(sm.has_password)
            THEN 'Active, signed in' ELSE 'Active, invited' END`,
        },
        cohorts,
      )} FROM sm ${person('sm')}
        ${where([...(input.role ? [Prisma.sql`sm.role = ${input.role}::"MembershipRole"`] : []), ...found])}
        ${PERSON_KEYS}, sm.role
        ${conditions.length > 0 ? Prisma.sql`HAVING ${Prisma.join(conditions, ' AND ')}` : Prisma.empty}`;
    },
    matches: () => Prisma.sql`SELECT ${columns(Prisma.sql`sm.role`, {
      counterpart: counterpart(scope),
      status: Prisma.sql`initcap(ma.status::text)`,
      date: Prisma.sql`coalesce(ma."endedAt", ma."activatedAt", ma."proposedAt")`,
    })} FROM sm ${person('sm')}
      JOIN "Match" ma ON ma."menteeMembershipId" = sm.membership_id ${MENTOR_OF_MATCH}
      ${where([...(input.matchStatus ? [Prisma.sql`ma.status = ${input.matchStatus}::"MatchStatus"`] : []), ...found])}`,
    quietMatches: () => Prisma.sql`SELECT ${columns(Prisma.sql`sm.role`, {
      counterpart: counterpart(scope),
      date: Prisma.sql`last.at`,
      count: Prisma.sql`floor(extract(epoch FROM ${at(scope.now)} - last.at) / 86400)::int`,
    })} FROM sm ${person('sm')}
      JOIN "Match" ma ON ma."menteeMembershipId" = sm.membership_id AND ma.status = 'ACTIVE' ${MENTOR_OF_MATCH}
      CROSS JOIN LATERAL (SELECT greatest(max(me."occurredAt"), ma."activatedAt") AS at
                          FROM "Meeting" me WHERE me."matchId" = ma.id) last
      ${where([
        Prisma.sql`(last.at IS NULL OR last.at < ${at(scope.now)} - make_interval(days => ${scope.quietDays}::int))`,
        ...found,
      ])}`,
    assignments: () => {
      const conditions: Prisma.Sql[] = [...found];
      if (input.moduleId) conditions.push(Prisma.sql`asg.module_id = ${input.moduleId}`);
      if (input.assignment) conditions.push(assignmentStateIs(input.assignment, scope));
      return Prisma.sql`SELECT ${columns(Prisma.sql`'MENTEE'`, {
        moduleTitle: moduleTitle(Prisma.sql`asg.module_id`),
        status: STATE_WORDS,
        dueAt: Prisma.sql`asg.due_at`,
        date: Prisma.sql`asg.completed_at`,
      })} FROM asg ${person('asg')} ${where(conditions)}`;
    },
    quizAttempts: () => {
      // Per person and module, as the learning report's quiz table counts them (a module two of
      // a person's cohorts assign is one set of attempts).
      const conditions: Prisma.Sql[] = [Prisma.sql`tries.attempts > 0`, ...found];
      if (input.moduleId) conditions.push(Prisma.sql`asg.module_id = ${input.moduleId}`);
      if (input.quiz)
        conditions.push(input.quiz === 'passed' ? Prisma.sql`tries.passed` : Prisma.sql`NOT tries.passed`);
      return Prisma.sql`SELECT ${columns(
        Prisma.sql`'MENTEE'`,
        {
          moduleTitle: moduleTitle(Prisma.sql`asg.module_id`),
          status: Prisma.sql`CASE WHEN tries.passed THEN 'Passed' ELSE 'Not passed' END`,
          count: Prisma.sql`tries.attempts`,
          date: Prisma.sql`tries.last_at`,
        },
        COHORTS,
      )} FROM asg ${person('asg')}
        JOIN "ModuleProgress" mp ON mp."userId" = asg.user_id AND mp."moduleId" = asg.module_id
        CROSS JOIN LATERAL (SELECT count(*)::int AS attempts, coalesce(bool_or(qa.passed), false) AS passed,
                                   max(qa."submittedAt") AS last_at
                            FROM "QuizAttempt" qa
                            WHERE qa."progressId" = mp.id AND ${inPeriod(Prisma.sql`qa."submittedAt"`)}) tries
        ${where(conditions)}
        ${PERSON_KEYS}, asg.module_id, tries.attempts, tries.passed, tries.last_at`;
    },
    reflections: () => Prisma.sql`SELECT ${columns(
      Prisma.sql`'MENTEE'`,
      {
        status: input.stage
          ? Prisma.sql`initcap(replace(${input.stage}, '_', ' '))`
          : Prisma.sql`'All stages'`,
        count: Prisma.sql`written.reflections`,
        date: Prisma.sql`written.last_at`,
      },
      COHORTS,
    )} FROM sm ${person('sm')}
      CROSS JOIN LATERAL (SELECT count(*)::int AS reflections, max(r."updatedAt") AS last_at
                          FROM "Reflection" r
                          WHERE r."authorId" = sm.user_id AND ${inPeriod(Prisma.sql`r."createdAt"`)}
                            ${input.stage ? Prisma.sql`AND r.status = ${input.stage}::"ReflectionStatus"` : Prisma.empty}) written
      ${where([Prisma.sql`sm.role = 'MENTEE'`, Prisma.sql`written.reflections > 0`, ...found])}
      ${PERSON_KEYS}, written.reflections, written.last_at`,
    reviews: () => Prisma.sql`SELECT ${columns(
      Prisma.sql`'MENTEE'`,
      {
        status: input.level
          ? Prisma.sql`initcap(replace(${input.level}, '_', ' '))`
          : Prisma.sql`'All levels'`,
        count: Prisma.sql`got.reviews`,
      },
      COHORTS,
    )} FROM sm ${person('sm')}
      CROSS JOIN LATERAL (SELECT count(*)::int AS reviews
                          FROM "Review" rv JOIN "Reflection" r ON r.id = rv."reflectionId"
                          WHERE r."authorId" = sm.user_id AND ${inPeriod(Prisma.sql`rv."createdAt"`)}
                            ${input.level ? Prisma.sql`AND rv.level = ${input.level}::"ReflectLevel"` : Prisma.empty}
                            ${input.month ? Prisma.sql`AND ${monthOf(Prisma.sql`rv."createdAt"`)} = ${input.month}` : Prisma.empty}) got
      ${where([Prisma.sql`sm.role = 'MENTEE'`, Prisma.sql`got.reviews > 0`, ...found])}
      ${PERSON_KEYS}, got.reviews`,
    endedEarly: () => {
      const endedBy = Prisma.sql`CASE WHEN ma."endedById" = sm.user_id THEN 'MENTEE' ELSE 'STAFF' END`;
      return Prisma.sql`SELECT ${columns(Prisma.sql`sm.role`, {
        counterpart: counterpart(scope),
        status: Prisma.sql`CASE WHEN ma."endedById" = sm.user_id THEN 'Mentee' ELSE 'Staff' END`,
        reason: Prisma.sql`CASE WHEN ${hospitalIn(Prisma.sql`mu."hospitalId"`, scope.visibleHospitalIds)} THEN ma."endReason" END`,
        date: Prisma.sql`ma."endedAt"`,
      })} FROM sm ${person('sm')}
        JOIN "Match" ma ON ma."menteeMembershipId" = sm.membership_id ${MENTOR_OF_MATCH}
        ${where([
          Prisma.sql`ma.status = 'ENDED'`,
          inPeriod(Prisma.sql`ma."endedAt"`),
          Prisma.sql`ma."endedAt"::date < c."endDate"`,
          ...(input.endedBy ? [Prisma.sql`${endedBy} = ${input.endedBy}`] : []),
          ...found,
        ])}`;
    },
    mentorLoad: () => {
      const load = Prisma.sql`CASE WHEN load.active = 0 THEN 'NONE' WHEN load.active < coalesce(sm.capacity, 0) THEN 'UNDER'
        WHEN load.active = coalesce(sm.capacity, 0) THEN 'AT' ELSE 'OVER' END`;
      return Prisma.sql`SELECT ${columns(Prisma.sql`sm.role`, {
        status: Prisma.sql`initcap(${load})`,
        count: Prisma.sql`load.active`,
        capacity: Prisma.sql`coalesce(sm.capacity, 0)`,
      })} FROM sm ${person('sm')}
        CROSS JOIN LATERAL (SELECT count(*)::int AS active FROM "Match" ma
                            WHERE ma."mentorMembershipId" = sm.membership_id AND ma.status = 'ACTIVE') load
        ${where([
          Prisma.sql`sm.role = 'MENTOR'`,
          Prisma.sql`sm.active`,
          ...(input.load ? [Prisma.sql`${load} = ${input.load}`] : []),
          ...found,
        ])}`;
    },
  };
  return builders[input.figure]();
}

/** The figures that read the assignments CTE `asg` as well as `sm`. */
export function needsAssignments(figure: DrillDownFigure): boolean {
  return figure === 'assignments' || figure === 'quizAttempts';
}
