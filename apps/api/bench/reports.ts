// pnpm bench:reports — every report section and two drill-downs on a generated network
// (200 hospitals, 100,000 people, 2,000 cohorts, a year of activity) on PostgreSQL, run as a
// coordinator of one hospital and as a network admin (narrowed to that hospital, network-wide, and
// network-wide for one profession).
// Prints one JSON line per report and actor with p50/p95 in milliseconds, then a summary line.
// Target: p95 < 300 ms for each. Before measuring, it runs the `reports.rollup` refresh (the
// network admin's unfiltered sections read its figures) and prints what the refresh cost.
//
//   pnpm bench:reports [--runs 20] [--scale 1] [--keep] [--database-url postgresql://…]
//
// --scale shrinks the network for a quick try (0.1 = a tenth); --keep leaves the database and
// prints its URL; --database-url measures an already seeded database instead of making one.
import { parseArgs } from 'node:util';
import { createPrismaClient, type PrismaClient } from '@preceptor/db';
import { createTestDatabase } from '@preceptor/db/testing/test-database';
import type { Actor } from '@preceptor/domain/permissions/actor';
import type { ReportFilter } from '@preceptor/domain/reports/report-filter';
import { cohortComparisonReport } from '../src/services/reports/cohort-comparison.ts';
import { drillDown } from '../src/services/reports/drill-down.ts';
import { engagementReport } from '../src/services/reports/engagement.ts';
import { learningReport } from '../src/services/reports/learning.ts';
import { matchHealthReport } from '../src/services/reports/match-health.ts';
import { participationReport } from '../src/services/reports/participation.ts';
import { reflectionPipelineReport } from '../src/services/reports/reflection-pipeline.ts';
import { refreshReportRollup } from '../src/services/reports/rollup/refresh-rollup.ts';
import { type ActorContext, type ServiceContext, systemClock } from '../src/services/service-context.ts';
import { BENCH_STAFF, FULL_NETWORK, seedNetwork } from './reports-network.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    scale: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
  },
});
const runs = Number(values.runs);
const scale = Number(values.scale);
const TARGET_P95_MS = 300;

const REPORTS: Record<string, (ctx: ActorContext, filter: ReportFilter) => Promise<unknown>> = {
  participation: participationReport,
  engagement: engagementReport,
  learning: learningReport,
  reflectionPipeline: reflectionPipelineReport,
  matchHealth: matchHealthReport,
  cohortComparison: cohortComparisonReport,
  'drillDown overdue assignments': (ctx, filter) =>
    drillDown(ctx, { ...filter, figure: 'assignments', assignment: 'overdue', page: 1 }),
  'drillDown members, searched': (ctx, filter) =>
    drillDown(ctx, { ...filter, figure: 'members', search: 'tanaka', page: 2 }),
};

const ACTORS: Record<string, Actor> = {
  coordinator: {
    userId: BENCH_STAFF.coordinatorId,
    isNetworkAdmin: false,
    coordinatedHospitalIds: [BENCH_STAFF.hospitalZeroId],
  },
  admin: { userId: BENCH_STAFF.adminId, isNetworkAdmin: true, coordinatedHospitalIds: [] },
};

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 10) / 10;
}

/**
 * Each actor with the filter their reports run under: the admin also narrowed to one hospital
 * (live), and network-wide for every profession and for one (both read the rollup).
 */
const RUNS: { actor: string; filter: ReportFilter }[] = [
  { actor: 'coordinator', filter: {} },
  { actor: 'admin, one hospital', filter: { hospitalId: BENCH_STAFF.hospitalZeroId } },
  { actor: 'admin', filter: {} },
  { actor: 'admin, one profession', filter: { profession: 'NURSING' } },
];

async function measure(prisma: PrismaClient) {
  const results = [];
  for (const { actor: actorName, filter } of RUNS) {
    const actor = ACTORS[actorName.startsWith('admin') ? 'admin' : 'coordinator'];
    if (!actor) throw new Error(`No bench actor ${actorName}`);
    const ctx: ActorContext = {
      db: prisma,
      actor,
      meta: { ipAddress: null, userAgent: 'bench' },
      mailer: null,
      clock: systemClock,
      config: { publicOrigin: null, smtpFrom: null, programmeName: 'Preceptor benchmark' },
    };
    for (const [report, run] of Object.entries(REPORTS)) {
      await run(ctx, filter); // warm the plan cache and the pool
      const times: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        await run(ctx, filter);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const line = {
        report,
        actor: actorName,
        runs,
        p50Ms: percentile(times, 50),
        p95Ms: percentile(times, 95),
      };
      console.log(JSON.stringify(line));
      results.push(line);
    }
  }
  return results;
}

async function main() {
  let url = values['database-url'];
  let drop: (() => Promise<void>) | null = null;
  let seedMs: Record<string, number> | null = null;
  if (!url) {
    const database = await createTestDatabase();
    if (!database.url) throw new Error('bench:reports needs PostgreSQL (set TEST_DATABASE_URL).');
    url = database.url;
    drop = database.drop;
    const size = {
      hospitals: Math.max(2, Math.round(FULL_NETWORK.hospitals * scale)),
      people: Math.round(FULL_NETWORK.people * scale),
      cohorts: Math.max(2, Math.round(FULL_NETWORK.cohorts * scale)),
    };
    const started = performance.now();
    seedMs = await seedNetwork(database.prisma, size);
    console.log(
      JSON.stringify({ seeded: size, totalMs: Math.round(performance.now() - started), stepsMs: seedMs }),
    );
  }
  const client = createPrismaClient({ databaseUrl: url });
  try {
    const job: ServiceContext = {
      db: client.prisma,
      actor: null,
      meta: { ipAddress: null, userAgent: 'bench' },
      mailer: null,
      clock: systemClock,
      config: { publicOrigin: null, smtpFrom: null, programmeName: 'Preceptor benchmark' },
    };
    const refresh = await refreshReportRollup(job);
    console.log(
      JSON.stringify({ rollupRefresh: { ...refresh, refreshedAt: refresh.refreshedAt.toISOString() } }),
    );
    const results = await measure(client.prisma);
    const worst = Math.max(...results.map((line) => line.p95Ms));
    console.log(
      JSON.stringify({
        summary: true,
        worstP95Ms: worst,
        targetP95Ms: TARGET_P95_MS,
        met: worst < TARGET_P95_MS,
      }),
    );
  } finally {
    await client.close();
    if (values.keep) console.log(JSON.stringify({ keptDatabase: url }));
    else await drop?.();
  }
  process.exit(0);
}

await main();
