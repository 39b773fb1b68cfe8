// pnpm bench:reminders — the daily reminder and check-in scans over a generated network.
//
// Creates a throwaway database on the PostgreSQL server at TEST_DATABASE_URL (default the local
// server), generates 100,000 people in 2,000 cohorts at 50 hospitals with bulk SQL
// (generate_series): memberships, ~70,000 active matches, six modules per cohort with due dates
// (six in ten done), meetings (four pairs in five meet every 14–34 days), shared reflections, and
// cohorts at every stage: starting, running, past their end date but not closed yet, closed. Then runs the
// scans twice: on the day before (the first run ever: everything already due is new) and on the
// day (the steady daily run the target is about). Prints one JSON line per run and a summary.
//
//   pnpm bench:reminders [--people 100000] [--cohorts 2000]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createTestDatabase } from '@preceptor/db/testing/test-database';
import { scanCheckIns } from '../src/services/programme/scan-check-ins.ts';
import { scanReminders } from '../src/services/programme/scan-reminders.ts';
import type { ServiceContext } from '../src/services/service-context.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100000' },
    cohorts: { type: 'string', default: '2000' },
  },
});
const PEOPLE = Number(values.people);
const COHORTS = Number(values.cohorts);
const HOSPITALS = 50;
const COORDINATORS = 2 * HOSPITALS;
const MENTORS_PER_COHORT = 15;
const TARGET_MS = 10_000;

const DAY = 24 * 60 * 60 * 1000;
const today = new Date();
const at = today.toISOString();

/* Person n (1..PEOPLE): the first COORDINATORS coordinate a hospital; everyone else is in one
   cohort, k = i % COHORTS at position j = i / COHORTS, a mentor when j < MENTORS_PER_COHORT. */
const network = [
  `INSERT INTO "Hospital" (id, name, code, city, state, "timeZone", "updatedAt")
   SELECT 'h' || h, 'Bench Hospital ' || h, 'BH' || h, 'Dayton', 'OH', 'America/New_York', now()
   FROM generate_series(0, ${HOSPITALS - 1}) h`,
  `INSERT INTO "User" (id, email, "firstName", "lastName", "hospitalId", "updatedAt")
   SELECT 'u' || n, 'person' || n || '@bench.test', 'Person', 'Number ' || n,
          'h' || (CASE WHEN n <= ${COORDINATORS} THEN (n - 1) % ${HOSPITALS} ELSE ((n - ${COORDINATORS + 1}) % ${COHORTS}) % ${HOSPITALS} END),
          now()
   FROM generate_series(1, ${PEOPLE}) n`,
  `INSERT INTO "StaffRole" (id, "userId", kind, "hospitalId")
   SELECT 'sr' || n, 'u' || n, 'COORDINATOR', 'h' || ((n - 1) % ${HOSPITALS}) FROM generate_series(1, ${COORDINATORS}) n`,
  `INSERT INTO "Cohort" (id, name, "startDate", "endDate", status, "updatedAt")
   SELECT 'c' || k, 'Bench cohort ' || k,
          ('${at}'::date - (k % 240)), ('${at}'::date - (k % 240) + 180),
          (CASE WHEN k % 10 = 9 THEN 'CLOSED' ELSE 'ACTIVE' END)::"CohortStatus", now()
   FROM generate_series(0, ${COHORTS - 1}) k`,
  `INSERT INTO "CohortHospital" ("cohortId", "hospitalId")
   SELECT 'c' || k, 'h' || (k % ${HOSPITALS}) FROM generate_series(0, ${COHORTS - 1}) k`,
  `CREATE TEMP TABLE bench_member AS
   SELECT n, (n - ${COORDINATORS + 1}) % ${COHORTS} AS k, (n - ${COORDINATORS + 1}) / ${COHORTS} AS j
   FROM generate_series(${COORDINATORS + 1}, ${PEOPLE}) n`,
  `INSERT INTO "Membership" (id, "cohortId", "userId", role, capacity)
   SELECT 'ms' || n, 'c' || k, 'u' || n,
          (CASE WHEN j < ${MENTORS_PER_COHORT} THEN 'MENTOR' ELSE 'MENTEE' END)::"MembershipRole",
          CASE WHEN j < ${MENTORS_PER_COHORT} THEN 3 END
   FROM bench_member`,
  `INSERT INTO "Match" (id, "cohortId", "mentorMembershipId", "menteeMembershipId", status, score, factors, "activatedAt")
   SELECT 'mt' || e.n, 'c' || e.k, 'ms' || m.n, 'ms' || e.n, 'ACTIVE', 70, '[]',
          c."startDate" + make_interval(days => e.k % 5, hours => 9)
   FROM bench_member e
   JOIN bench_member m ON m.k = e.k AND m.j = (e.j - ${MENTORS_PER_COHORT}) % ${MENTORS_PER_COHORT}
   JOIN "Cohort" c ON c.id = 'c' || e.k
   WHERE e.j >= ${MENTORS_PER_COHORT}`,
  `INSERT INTO "Module" (id, slug) SELECT 'mod' || p, 'bench-module-' || p FROM generate_series(1, 6) p`,
  `INSERT INTO "ModuleVersion" (id, "moduleId", version, status, title, summary, competencies, "estimatedMinutes", "ceHours")
   SELECT 'mv' || p, 'mod' || p, 1, 'PUBLISHED', 'Bench module ' || p, 'Summary', '{}', 30, 0.5
   FROM generate_series(1, 6) p`,
  `INSERT INTO "CurriculumItem" (id, "cohortId", "moduleId", position, "dueAt")
   SELECT 'ci' || k || '_' || p, 'c' || k, 'mod' || p, p,
          ('${at}'::date - (k % 240) + 25 * p)::timestamp + interval '17 hours'
   FROM generate_series(0, ${COHORTS - 1}) k, generate_series(1, 6) p`,
  // Six in ten mentees finish each module whose due date has come (or is near).
  `INSERT INTO "ModuleProgress" (id, "userId", "moduleId", "moduleVersionId", status, "completedSectionKeys", "completedAt")
   SELECT 'mp' || b.n || '_' || p, 'u' || b.n, 'mod' || p, 'mv' || p, 'COMPLETED', '{}', '${at}'::timestamp
   FROM bench_member b, generate_series(1, 6) p
   WHERE b.j >= ${MENTORS_PER_COHORT} AND (b.n + p) % 10 < 6
     AND ('${at}'::date - (b.k % 240) + 25 * p) < '${at}'::date + 10`,
  // Four pairs in five log a meeting every 14–34 days from their first week; one in five never logs one.
  `INSERT INTO "Meeting" (id, "matchId", "loggedById", "occurredAt", "durationMinutes")
   SELECT 'mg' || mt.id || '_' || g, mt.id, 'u' || substr(mt."menteeMembershipId", 3),
          mt."activatedAt" + make_interval(days => 7 + g * (14 + abs(hashtext(mt.id)) % 21)), 45
   FROM "Match" mt, generate_series(0, 20) g
   WHERE abs(hashtext(mt.id)) % 5 <> 0
     AND mt."activatedAt" + make_interval(days => 7 + g * (14 + abs(hashtext(mt.id)) % 21)) < '${at}'::timestamp`,
  `INSERT INTO "Reflection" (id, "authorId", title, body, status, "sharedAt", "updatedAt")
   SELECT 'r' || b.n, 'u' || b.n, 'Bench reflection', '<p>Text</p>', 'SHARED',
          '${at}'::timestamp - make_interval(days => b.n % 15), now()
   FROM bench_member b WHERE b.j >= ${MENTORS_PER_COHORT} AND b.n % 4 = 0`,
  `INSERT INTO "ReflectionShare" ("reflectionId", "mentorId", version, "sharedAt")
   SELECT r.id, 'u' || substr(mt."mentorMembershipId", 3), 1, r."sharedAt"
   FROM "Reflection" r JOIN "Match" mt ON mt.id = 'mt' || substr(r.id, 2)`,
  `INSERT INTO "CohortProgrammeSettings" ("cohortId", "moduleDueDays", "meetingGapDays", "reviewWaitingDays", "updatedAt")
   SELECT 'c' || k, 5, 21, 3, now() FROM generate_series(0, ${COHORTS - 1}) k WHERE k % 7 = 0`,
  'ANALYZE',
];

/**
 * CPU seconds used so far by this process, and by each PostgreSQL backend serving the bench
 * database (read from /proc, as the server runs on this machine; null where it cannot be read).
 * The machine is shared, so wall time depends on everyone's load; CPU time much less.
 */
async function cpuSeconds(prisma: { $queryRaw: <T>(q: TemplateStringsArray) => Promise<T> }) {
  const own = process.cpuUsage();
  const node = (own.user + own.system) / 1e6;
  const pids = await prisma.$queryRaw<{ pid: number }[]>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database()`;
  const backends = new Map<number, number>();
  for (const { pid } of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      backends.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      return { node, backends: null };
    }
  }
  return { node, backends };
}

type Cpu = Awaited<ReturnType<typeof cpuSeconds>>;

/** CPU used between two readings; a backend that closed in between is not counted (undercounts). */
function cpuUsed(before: Cpu, after: Cpu) {
  let database: number | null = null;
  if (before.backends && after.backends) {
    database = 0;
    for (const [pid, seconds] of after.backends) database += seconds - (before.backends.get(pid) ?? 0);
  }
  return {
    nodeSeconds: Number((after.node - before.node).toFixed(2)),
    databaseSeconds: database === null ? null : Number(database.toFixed(2)),
  };
}

async function main() {
  const database = await createTestDatabase();
  if (database.kind !== 'postgresql')
    throw new Error('bench:reminders needs PostgreSQL (TEST_DATABASE_URL).');
  try {
    const generateStart = performance.now();
    for (const statement of network) await database.prisma.$executeRawUnsafe(statement);
    const generateMs = Math.round(performance.now() - generateStart);
    const counts = await database.prisma.$queryRaw<Record<string, bigint>[]>`
      SELECT (SELECT count(*) FROM "User") AS people, (SELECT count(*) FROM "Cohort") AS cohorts,
             (SELECT count(*) FROM "Match") AS matches, (SELECT count(*) FROM "CurriculumItem") AS "curriculumItems",
             (SELECT count(*) FROM "ModuleProgress") AS completions, (SELECT count(*) FROM "Meeting") AS meetings,
             (SELECT count(*) FROM "ReflectionShare") AS "sharedReflections"`;
    console.log(
      JSON.stringify({
        generated: Object.fromEntries(Object.entries(counts[0] ?? {}).map(([k, v]) => [k, Number(v)])),
        generateMs,
      }),
    );

    const runOn = async (label: string, now: Date) => {
      const ctx: ServiceContext = {
        db: database.prisma,
        actor: null,
        meta: { ipAddress: null, userAgent: 'bench:reminders' },
        mailer: null,
        clock: { now: () => new Date(now) },
        config: {
          publicOrigin: 'https://preceptor.example.org',
          smtpFrom: null,
          programmeName: 'Preceptor test programme',
        },
      };
      const cpuBefore = await cpuSeconds(database.prisma);
      const started = performance.now();
      const reminders = await scanReminders(ctx);
      const checkIns = await scanCheckIns(ctx);
      const durationMs = Math.round(performance.now() - started);
      const cpuAfter = await cpuSeconds(database.prisma);
      const cpu = cpuUsed(cpuBefore, cpuAfter);
      const line = {
        run: label,
        day: now.toISOString().slice(0, 10),
        durationMs,
        cpu,
        loadAverage1m: Number(loadavg()[0]?.toFixed(1)),
        reminders,
        checkIns,
      };
      console.log(JSON.stringify(line));
      return line;
    };
    const first = await runOn('first run (everything already due is new)', new Date(today.getTime() - DAY));
    const daily = await runOn('daily run (the next day)', today);
    console.log(
      JSON.stringify({
        summary: 'bench:reminders',
        people: PEOPLE,
        cohorts: COHORTS,
        generateMs,
        firstRunMs: first.durationMs,
        dailyRunMs: daily.durationMs,
        dailyRunCpu: daily.cpu,
        loadAverage1m: daily.loadAverage1m,
        targetMs: TARGET_MS,
        dailyWithinTarget: daily.durationMs < TARGET_MS,
      }),
    );
  } finally {
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
