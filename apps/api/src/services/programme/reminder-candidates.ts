import type { Db } from '@preceptor/db';
import type { CohortMember } from '@preceptor/domain/programme/cohort-date-reminders';
import type { OpenAssignment } from '@preceptor/domain/programme/module-reminders';
import { DEFAULT_PROGRAMME_SETTINGS as D } from '@preceptor/domain/programme/programme-settings';
import type { QuietMatch, WaitingReview } from '@preceptor/domain/programme/relationship-reminders';

/*
 * The scans' candidates, one set-based query per rule: each narrows the whole network to rows
 * that may be due (active cohorts and people, the cohort's switch on, inside the cohort's
 * window), with what the messages need. The pure rules in @preceptor/domain/programme then
 * decide exactly what is due and its key. A cohort without a settings row has the defaults.
 */

export interface AssignmentRow extends OpenAssignment {
  moduleTitle: string;
  cohortName: string;
  menteeName: string;
  hospitalId: string | null;
}

/** Mentees' unfinished modules due within the cohort's reminder days, or overdue, while the cohort runs. */
export function openAssignments(db: Db, now: Date): Promise<AssignmentRow[]> {
  const at = now.toISOString();
  const today = at.slice(0, 10);
  return db.$queryRaw<AssignmentRow[]>`
    WITH titles AS (
      SELECT DISTINCT ON ("moduleId") "moduleId", title
      FROM "ModuleVersion" WHERE status = 'PUBLISHED'
      ORDER BY "moduleId", version DESC
    )
    SELECT m."userId", c.id AS "cohortId", ci.id AS "curriculumItemId", ci."dueAt",
           COALESCE(t.title, mo.slug) AS "moduleTitle", c.name AS "cohortName", c."endDate"::timestamp AS "cohortEnd",
           u."firstName" || ' ' || u."lastName" AS "menteeName", u."hospitalId"
    FROM "CurriculumItem" ci
    JOIN "Cohort" c ON c.id = ci."cohortId" AND c.status = 'ACTIVE' AND c."endDate" >= ${today}::date
    LEFT JOIN "CohortProgrammeSettings" s ON s."cohortId" = c.id
    JOIN "Module" mo ON mo.id = ci."moduleId"
    LEFT JOIN titles t ON t."moduleId" = ci."moduleId"
    JOIN "Membership" m ON m."cohortId" = c.id AND m.role = 'MENTEE' AND m.active
    JOIN "User" u ON u.id = m."userId" AND u.active
    WHERE ci."dueAt" IS NOT NULL
      AND (
        (ci."dueAt" > ${at}::timestamp AND COALESCE(s."moduleDueEnabled", ${D.moduleDueEnabled})
          AND ci."dueAt" <= ${at}::timestamp + make_interval(days => COALESCE(s."moduleDueDays", ${D.moduleDueDays}) + 1))
        OR (ci."dueAt" <= ${at}::timestamp
          AND (COALESCE(s."moduleOverdueEnabled", ${D.moduleOverdueEnabled}) OR COALESCE(s."overdueDigestEnabled", ${D.overdueDigestEnabled})))
      )
      AND NOT EXISTS (
        SELECT 1 FROM "ModuleProgress" p
        WHERE p."userId" = m."userId" AND p."moduleId" = ci."moduleId" AND p.status = 'COMPLETED'
      )`;
}

export interface WaitingReviewRow extends WaitingReview {
  menteeName: string;
  mentorName: string;
  cohortName: string;
  menteeHospitalId: string | null;
}

/**
 * Shared versions the mentor has not reviewed, in an active match of an active cohort, shared at
 * least the cohort's waiting days ago. Titles and text are never read here.
 */
export function waitingReviews(db: Db, now: Date): Promise<WaitingReviewRow[]> {
  const at = now.toISOString();
  const today = at.slice(0, 10);
  return db.$queryRaw<WaitingReviewRow[]>`
    SELECT DISTINCT ON (r.id, sh."mentorId")
           r.id AS "reflectionId", sh."mentorId", r."authorId" AS "menteeId", c.id AS "cohortId",
           sh.version AS "shareVersion", sh."sharedAt",
           au."firstName" || ' ' || au."lastName" AS "menteeName",
           mu."firstName" || ' ' || mu."lastName" AS "mentorName",
           c.name AS "cohortName", c."endDate"::timestamp AS "cohortEnd", au."hospitalId" AS "menteeHospitalId"
    FROM "ReflectionShare" sh
    JOIN "Reflection" r ON r.id = sh."reflectionId" AND r.status = 'SHARED'
    JOIN "User" au ON au.id = r."authorId" AND au.active
    JOIN "User" mu ON mu.id = sh."mentorId" AND mu.active
    JOIN "Membership" mm ON mm."userId" = sh."mentorId" AND mm.role = 'MENTOR'
    JOIN "Match" mt ON mt."mentorMembershipId" = mm.id AND mt.status = 'ACTIVE'
    JOIN "Membership" em ON em.id = mt."menteeMembershipId" AND em."userId" = r."authorId"
    JOIN "Cohort" c ON c.id = mt."cohortId" AND c.status = 'ACTIVE' AND c."endDate" >= ${today}::date
    LEFT JOIN "CohortProgrammeSettings" s ON s."cohortId" = c.id
    WHERE sh."revokedAt" IS NULL
      AND (COALESCE(s."reviewWaitingEnabled", ${D.reviewWaitingEnabled}) OR COALESCE(s."reviewEscalationEnabled", ${D.reviewEscalationEnabled}))
      AND sh."sharedAt" <= ${at}::timestamp - make_interval(days => COALESCE(s."reviewWaitingDays", ${D.reviewWaitingDays}) - 1)
      AND NOT EXISTS (
        SELECT 1 FROM "Review" rv
        WHERE rv."reflectionId" = r.id AND rv."mentorId" = sh."mentorId" AND rv."reflectionVersion" >= sh.version
      )
    ORDER BY r.id, sh."mentorId", mt."activatedAt" DESC`;
}

export interface QuietMatchRow extends QuietMatch {
  mentorName: string;
  menteeName: string;
  cohortName: string;
}

/** Active matches of running cohorts whose last logged meeting (or start) is at least the cohort's gap days ago. */
export function quietMatches(db: Db, now: Date): Promise<QuietMatchRow[]> {
  const at = now.toISOString();
  const today = at.slice(0, 10);
  return db.$queryRaw<QuietMatchRow[]>`
    SELECT * FROM (
      SELECT mt.id AS "matchId", c.id AS "cohortId", mm."userId" AS "mentorId", em."userId" AS "menteeId",
             COALESCE((SELECT max(g."occurredAt") FROM "Meeting" g WHERE g."matchId" = mt.id), mt."activatedAt") AS since,
             mu."firstName" || ' ' || mu."lastName" AS "mentorName",
             eu."firstName" || ' ' || eu."lastName" AS "menteeName",
             c.name AS "cohortName", c."endDate"::timestamp AS "cohortEnd",
             COALESCE(s."meetingGapDays", ${D.meetingGapDays}) AS "gapDays"
      FROM "Match" mt
      JOIN "Cohort" c ON c.id = mt."cohortId" AND c.status = 'ACTIVE' AND c."endDate" >= ${today}::date
      LEFT JOIN "CohortProgrammeSettings" s ON s."cohortId" = c.id
      JOIN "Membership" mm ON mm.id = mt."mentorMembershipId"
      JOIN "User" mu ON mu.id = mm."userId" AND mu.active
      JOIN "Membership" em ON em.id = mt."menteeMembershipId"
      JOIN "User" eu ON eu.id = em."userId" AND eu.active
      WHERE mt.status = 'ACTIVE' AND mt."activatedAt" IS NOT NULL
        AND COALESCE(s."meetingGapEnabled", ${D.meetingGapEnabled})
    ) q
    WHERE q.since <= ${at}::timestamp - make_interval(days => q."gapDays" - 1)`;
}

export interface CohortMemberRow extends CohortMember {
  cohortName: string;
}

/** Members of active cohorts that start or end within the cohort's days. */
export function cohortMembersNearDates(db: Db, now: Date): Promise<CohortMemberRow[]> {
  const today = now.toISOString().slice(0, 10);
  return db.$queryRaw<CohortMemberRow[]>`
    SELECT m."userId", c.id AS "cohortId", c."startDate", c."endDate", c.name AS "cohortName"
    FROM "Cohort" c
    LEFT JOIN "CohortProgrammeSettings" s ON s."cohortId" = c.id
    JOIN "Membership" m ON m."cohortId" = c.id AND m.active
    JOIN "User" u ON u.id = m."userId" AND u.active
    WHERE c.status = 'ACTIVE' AND (
      (COALESCE(s."cohortStartingEnabled", ${D.cohortStartingEnabled})
        AND c."startDate" BETWEEN ${today}::date AND ${today}::date + COALESCE(s."cohortStartingDays", ${D.cohortStartingDays}))
      OR (COALESCE(s."cohortEndingEnabled", ${D.cohortEndingEnabled})
        AND c."endDate" BETWEEN ${today}::date AND ${today}::date + COALESCE(s."cohortEndingDays", ${D.cohortEndingDays}))
    )`;
}

/** Coordinators by the hospital they coordinate, and each cohort's hospitals: who hears about whom. */
export async function coordinatorsByHospital(db: Db): Promise<{
  coordinatorsOf: (hospitalId: string | null) => string[];
  cohortHasHospital: (cohortId: string, hospitalId: string | null) => boolean;
}> {
  const [roles, cohortHospitals] = await Promise.all([
    db.$queryRaw<{ userId: string; hospitalId: string }[]>`
      SELECT sr."userId", sr."hospitalId" FROM "StaffRole" sr
      JOIN "User" u ON u.id = sr."userId" AND u.active
      WHERE sr.kind = 'COORDINATOR' AND sr."hospitalId" IS NOT NULL`,
    db.$queryRaw<{ key: string }[]>`
      SELECT ch."cohortId" || ':' || ch."hospitalId" AS key FROM "CohortHospital" ch
      JOIN "Cohort" c ON c.id = ch."cohortId" AND c.status = 'ACTIVE'`,
  ]);
  const byHospital = new Map<string, string[]>();
  for (const role of roles)
    byHospital.set(role.hospitalId, [...(byHospital.get(role.hospitalId) ?? []), role.userId]);
  const pairs = new Set(cohortHospitals.map((row) => row.key));
  return {
    coordinatorsOf: (hospitalId) => (hospitalId ? (byHospital.get(hospitalId) ?? []) : []),
    cohortHasHospital: (cohortId, hospitalId) =>
      hospitalId !== null && pairs.has(`${cohortId}:${hospitalId}`),
  };
}
