// The generated network `pnpm bench:reports` measures: hospitals, people, cohorts and a year of
// activity, written set-based (INSERT … SELECT over generate_series) so PostgreSQL builds it in
// minutes. Ids are md5-derived UUIDs (PostgreSQL's md5(text)::uuid), so each is reproducible.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@preceptor/db';

export interface NetworkSize {
  hospitals: number;
  people: number;
  cohorts: number;
}

export const FULL_NETWORK: NetworkSize = { hospitals: 200, people: 100_000, cohorts: 2_000 };

/** The same id PostgreSQL's md5(key)::uuid::text gives. */
function uuidOf(key: string): string {
  const hex = createHash('md5').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The two staff the reports are run as: a coordinator of hospital 0, and a network admin. */
export const BENCH_STAFF = {
  coordinatorId: uuidOf('staff-coordinator'),
  adminId: uuidOf('staff-admin'),
  hospitalZeroId: uuidOf('hospital0'),
};

const FIRST = `ARRAY['Ana','Ben','Chloe','Dev','Elif','Farid','Grace','Hiro','Ines','Jon','Kemi','Liam','Mona','Nils','Omar','Priya','Quinn','Rosa','Sami','Tara']`;
const LAST = `ARRAY['Alvarez','Brown','Chen','Diaz','Evans','Fischer','Garcia','Haddad','Ito','Jensen','Khan','Lopez','Meyer','Nakamura','Okafor','Patel','Quist','Rossi','Silva','Tanaka','Umar','Varga','Walsh','Xu','Young']`;
const PROFESSIONS = `ARRAY['PERFUSION','NEUROMONITORING','SURGICAL_ASSISTING','ANESTHESIA','NURSING','SURGICAL_TECHNOLOGY','OTHER']`;
const STAGES = `ARRAY['EARLY_CAREER','MID_CAREER','SENIOR','LEADER','STUDENT']`;
const REASONS = `ARRAY['Schedules did not fit','Mentee changed roles','Not a good fit','Mentor on leave']`;
const LEVELS = `ARRAY['HABITUAL_ACTION','THOUGHTFUL_ACTION','REFLECTION','CRITICAL_REFLECTION']`;
/** A stable pseudo-random 0–99 from a text. */
const pct = (text: string) => `(abs(hashtext(${text})) % 100)`;

/** Each step: what it writes, and the statement. Sizes are interpolated numbers only. */
function steps({ hospitals: H, people: N, cohorts: C }: NetworkSize): [string, string][] {
  const perHospital = Math.max(1, Math.floor(C / H));
  return [
    [
      'hospitals',
      `INSERT INTO "Hospital" (id, name, code, city, state, "timeZone", "updatedAt")
       SELECT md5('hospital' || i)::uuid::text, 'Bench Hospital ' || i, 'BH' || i, 'City ' || i, 'MA',
              'America/New_York', now()
       FROM generate_series(0, ${H - 1}) i`,
    ],
    [
      'people',
      `INSERT INTO "User" (id, email, "firstName", "lastName", "passwordHash", "hospitalId", "createdAt", "updatedAt")
       SELECT md5('user' || i)::uuid::text, 'person' || i || '@bench.example',
              (${FIRST})[1 + i % 20], (${LAST})[1 + (i / 20) % 25],
              CASE WHEN i % 10 = 3 THEN NULL ELSE 'bench: no password can match this' END,
              md5('hospital' || (i % ${H}))::uuid::text, now() - interval '400 days', now()
       FROM generate_series(0, ${N - 1}) i`,
    ],
    [
      'profiles',
      `INSERT INTO "Profile" ("userId", profession, "careerStage", "yearsExperience", "expertiseTags", "goalTags",
                              languages, "updatedAt")
       SELECT md5('user' || i)::uuid::text, ((${PROFESSIONS})[1 + i % 7])::"Profession",
              ((${STAGES})[1 + i % 5])::"CareerStage", i % 30, '{}', '{}', '{English}', now()
       FROM generate_series(0, ${N - 1}) i`,
    ],
    [
      'staff',
      `WITH staff(id, email, first) AS (VALUES (md5('staff-coordinator')::uuid::text, 'coordinator@bench.example', 'Cora'),
                                               (md5('staff-admin')::uuid::text, 'admin@bench.example', 'Adam'))
       INSERT INTO "User" (id, email, "firstName", "lastName", "hospitalId", "updatedAt")
       SELECT id, email, first, 'Staff', md5('hospital0')::uuid::text, now() FROM staff;
       INSERT INTO "StaffRole" (id, "userId", kind, "hospitalId")
       VALUES (md5('role-coordinator')::uuid::text, md5('staff-coordinator')::uuid::text, 'COORDINATOR', md5('hospital0')::uuid::text),
              (md5('role-admin')::uuid::text, md5('staff-admin')::uuid::text, 'NETWORK_ADMIN', NULL)`,
    ],
    [
      'cohorts',
      // Cohorts start over the past year and run 300 days; one in ten is closed; the first of
      // every pair of hospital rounds spans two hospitals.
      `INSERT INTO "Cohort" (id, name, "startDate", "endDate", status, "updatedAt")
       SELECT md5('cohort' || c)::uuid::text, 'Bench cohort ' || c,
              (now() - make_interval(days => 30 + (c % 12) * 30))::date,
              (now() - make_interval(days => 30 + (c % 12) * 30))::date + 300,
              (CASE WHEN c % 10 = 9 THEN 'CLOSED' ELSE 'ACTIVE' END)::"CohortStatus", now()
       FROM generate_series(0, ${C - 1}) c;
       INSERT INTO "CohortHospital" ("cohortId", "hospitalId")
       SELECT md5('cohort' || c)::uuid::text, md5('hospital' || (c % ${H}))::uuid::text FROM generate_series(0, ${C - 1}) c
       UNION ALL
       SELECT md5('cohort' || c)::uuid::text, md5('hospital' || ((c + 1) % ${H}))::uuid::text
       FROM generate_series(0, ${C - 1}) c WHERE (c / ${H}) % 2 = 0 AND ${H} > 1`,
    ],
    [
      'memberships',
      // Person i is at hospital i % H and joins one of that hospital's cohorts; one in four mentors.
      // One in twenty also joins, as a mentee, a cohort shared with the previous hospital.
      `INSERT INTO "Membership" (id, "cohortId", "userId", role, capacity, active, "joinedAt", "removedAt")
       SELECT md5('membership' || i)::uuid::text,
              md5('cohort' || ((i % ${H}) + ${H} * ((i / ${H}) % ${perHospital})))::uuid::text,
              md5('user' || i)::uuid::text,
              (CASE WHEN (i / ${H * perHospital}) % 4 = 0 THEN 'MENTOR' ELSE 'MENTEE' END)::"MembershipRole",
              CASE WHEN (i / ${H * perHospital}) % 4 = 0 THEN 3 END,
              i % 50 <> 7, now() - interval '390 days', CASE WHEN i % 50 = 7 THEN now() - interval '60 days' END
       FROM generate_series(0, ${N - 1}) i;
       INSERT INTO "Membership" (id, "cohortId", "userId", role, active, "joinedAt")
       SELECT md5('membership2-' || i)::uuid::text, md5('cohort' || ((i % ${H} + ${H - 1}) % ${H}))::uuid::text,
              md5('user' || i)::uuid::text, 'MENTEE', true, now() - interval '390 days'
       FROM generate_series(0, ${N - 1}) i
       WHERE i % 20 = 10 AND (i / ${H * perHospital}) % 4 <> 0
       ON CONFLICT DO NOTHING`,
    ],
    [
      'matches',
      `WITH mentee AS (
         SELECT m.id, m."cohortId", m."userId", row_number() OVER (PARTITION BY m."cohortId" ORDER BY m.id) - 1 AS n
         FROM "Membership" m WHERE m.role = 'MENTEE' AND m.active),
       mentor AS (
         SELECT m.id, m."cohortId", row_number() OVER (PARTITION BY m."cohortId" ORDER BY m.id) - 1 AS n,
                count(*) OVER (PARTITION BY m."cohortId") AS total
         FROM "Membership" m WHERE m.role = 'MENTOR' AND m.active),
       paired AS (
         SELECT me.id AS mentee_id, me."userId" AS mentee_user, mo.id AS mentor_id, me."cohortId",
                c."startDate"::timestamp + interval '7 days' AS activated, ${pct('me.id')} AS p
         FROM mentee me
         JOIN mentor mo ON mo."cohortId" = me."cohortId" AND mo.n = me.n % mo.total
         JOIN "Cohort" c ON c.id = me."cohortId")
       INSERT INTO "Match" (id, "cohortId", "mentorMembershipId", "menteeMembershipId", status, score, factors,
                            "proposedAt", "activatedAt", "endedAt", "endReason", "endedById")
       SELECT md5('match' || mentee_id)::uuid::text, "cohortId", mentor_id, mentee_id,
              (CASE WHEN p < 5 THEN 'PROPOSED' WHEN p < 20 THEN 'ENDED' ELSE 'ACTIVE' END)::"MatchStatus",
              0.5 + p / 200.0, '[]', activated - interval '3 days',
              CASE WHEN p >= 5 THEN activated END,
              CASE WHEN p >= 5 AND p < 20 THEN least(activated + make_interval(days => p * 4), now() - interval '1 day') END,
              CASE WHEN p >= 5 AND p < 20 THEN (${REASONS})[1 + p % 4] END,
              CASE WHEN p >= 5 AND p < 20 AND p % 2 = 0 THEN mentee_user END
       FROM paired`,
    ],
    [
      'meetings',
      // Up to ten meetings a match, 20–39 days apart; some pairs stop meeting early (quiet).
      `INSERT INTO "Meeting" (id, "matchId", "loggedById", "occurredAt", "durationMinutes")
       SELECT md5('meeting' || ma.id || k)::uuid::text, ma.id, m."userId",
              ma."activatedAt" + make_interval(days => k * (20 + ${pct('ma.id')} % 20)),
              30 + 15 * (k % 4)
       FROM "Match" ma
       JOIN "Membership" m ON m.id = ma."menteeMembershipId"
       CROSS JOIN generate_series(1, 10) k
       WHERE ma.status <> 'PROPOSED' AND k <= 3 + ${pct('ma.id')} % 8
         AND ma."activatedAt" + make_interval(days => k * (20 + ${pct('ma.id')} % 20)) < coalesce(ma."endedAt", now())`,
    ],
    [
      'modules',
      `INSERT INTO "Module" (id, slug) SELECT md5('module' || k)::uuid::text, 'bench-module-' || k FROM generate_series(0, 11) k;
       INSERT INTO "ModuleVersion" (id, "moduleId", version, status, title, summary, competencies, "estimatedMinutes",
                                    "ceHours", "publishedAt")
       SELECT md5('version' || k)::uuid::text, md5('module' || k)::uuid::text, 1, 'PUBLISHED',
              'Bench module ' || k, 'A generated module.', '{}', 30, 1.0, now() - interval '400 days'
       FROM generate_series(0, 11) k`,
    ],
    [
      'curricula',
      `INSERT INTO "CurriculumItem" (id, "cohortId", "moduleId", position, "dueAt")
       SELECT md5('item' || c || '-' || k)::uuid::text, md5('cohort' || c)::uuid::text,
              md5('module' || ((c + k) % 12))::uuid::text, k,
              (now() - make_interval(days => 30 + (c % 12) * 30))::date + (k + 1) * 60 + interval '23 hours'
       FROM generate_series(0, ${C - 1}) c CROSS JOIN generate_series(0, 3) k`,
    ],
    [
      'module progress',
      `INSERT INTO "ModuleProgress" (id, "userId", "moduleId", "moduleVersionId", status, "completedSectionKeys",
                                     "startedAt", "completedAt")
       SELECT md5('progress' || m.id || ci.id)::uuid::text, m."userId", ci."moduleId",
              mv.id,
              (CASE WHEN ${pct('m.id || ci.id')} < 35 THEN 'COMPLETED' ELSE 'IN_PROGRESS' END)::"ProgressStatus", '{}',
              least(ci."dueAt" - interval '30 days', now() - interval '2 days'),
              CASE WHEN ${pct('m.id || ci.id')} < 35
                   THEN least(ci."dueAt" - interval '30 days' + make_interval(days => ${pct('m.id || ci.id')}), now() - interval '1 day') END
       FROM "Membership" m
       JOIN "CurriculumItem" ci ON ci."cohortId" = m."cohortId"
       JOIN "ModuleVersion" mv ON mv."moduleId" = ci."moduleId"
       WHERE m.role = 'MENTEE' AND ${pct('m.id || ci.id')} < 55
       ON CONFLICT ("userId", "moduleId") DO NOTHING`,
    ],
    [
      'quiz attempts',
      `INSERT INTO "QuizAttempt" (id, "progressId", "attemptNumber", "shuffleSeed", "scorePercent", passed, "startedAt",
                                  "submittedAt")
       SELECT md5('attempt' || mp.id || n)::uuid::text, mp.id, n, n, 60 + 10 * n,
              mp.status = 'COMPLETED' AND n = 1 + ${pct('mp.id')} % 3,
              mp."startedAt" + make_interval(days => n), mp."startedAt" + make_interval(days => n, mins => 20)
       FROM "ModuleProgress" mp CROSS JOIN generate_series(1, 3) n
       WHERE n <= 1 + ${pct('mp.id')} % 3`,
    ],
    [
      'reflections',
      `INSERT INTO "Reflection" (id, "authorId", title, body, status, "sharedAt", "createdAt", "updatedAt")
       SELECT md5('reflection' || m.id || k)::uuid::text, m."userId", 'Bench reflection', '<p>Generated.</p>',
              (CASE WHEN ${pct('m.id || k')} < 25 THEN 'DRAFT' WHEN ${pct('m.id || k')} < 40 THEN 'SHARED'
                    WHEN ${pct('m.id || k')} < 50 THEN 'REVISION_REQUESTED' ELSE 'REVIEWED' END)::"ReflectionStatus",
              CASE WHEN ${pct('m.id || k')} >= 25 THEN now() - make_interval(days => 360 - k * 80 - 1) END,
              now() - make_interval(days => 360 - k * 80), now() - make_interval(days => 360 - k * 80)
       FROM "Membership" m CROSS JOIN generate_series(0, 4) k
       WHERE m.role = 'MENTEE'`,
    ],
    [
      'shares, versions and reviews',
      `INSERT INTO "ReflectionVersion" (id, "reflectionId", version, title, body, "createdAt")
       SELECT md5('rversion' || r.id)::uuid::text, r.id, 1, r.title, r.body, r."createdAt"
       FROM "Reflection" r WHERE r.status <> 'DRAFT';
       INSERT INTO "ReflectionShare" ("reflectionId", "mentorId", version, "sharedAt")
       SELECT DISTINCT ON (r.id) r.id, mm."userId", 1, r."sharedAt"
       FROM "Reflection" r
       JOIN "Membership" me ON me."userId" = r."authorId" AND me.role = 'MENTEE'
       JOIN "Match" ma ON ma."menteeMembershipId" = me.id AND ma.status <> 'PROPOSED'
       JOIN "Membership" mm ON mm.id = ma."mentorMembershipId"
       WHERE r.status <> 'DRAFT'
       ORDER BY r.id, ma.id;
       INSERT INTO "Review" (id, "reflectionId", "reflectionVersion", "mentorId", level, learning, "generalComment",
                             outcome, "createdAt")
       SELECT md5('review' || r.id)::uuid::text, r.id, 1, sh."mentorId",
              ((${LEVELS})[1 + ${pct('r.id')} % 4])::"ReflectLevel", NULL, 'Generated review.',
              (CASE WHEN r.status = 'REVIEWED' THEN 'REVIEWED' ELSE 'REVISION_REQUESTED' END)::"ReviewOutcome",
              sh."sharedAt" + make_interval(hours => 2 + ${pct('r.id')} * 3)
       FROM "Reflection" r JOIN "ReflectionShare" sh ON sh."reflectionId" = r.id
       WHERE r.status IN ('REVIEWED', 'REVISION_REQUESTED')`,
    ],
  ];
}

/** Writes the network; returns how long each step took (ms). */
export async function seedNetwork(prisma: PrismaClient, size: NetworkSize): Promise<Record<string, number>> {
  const took: Record<string, number> = {};
  for (const [name, sql] of steps(size)) {
    const started = performance.now();
    for (const statement of sql.split(/;\s*\n/)) await prisma.$executeRawUnsafe(statement);
    took[name] = Math.round(performance.now() - started);
  }
  // As a network that has been running a while: statistics gathered, visibility maps set.
  await prisma.$executeRawUnsafe('VACUUM ANALYZE');
  return took;
}
