import { createPrismaClient, Prisma } from '@preceptor/db';
import { figureRows, needsAssignments } from '../src/services/reports/drill-down-figures.ts';
import { assignments, reportScope, scopedMemberships } from '../src/services/reports/report-scope.ts';
import { DrillDownInput } from '@preceptor/domain/reports/drill-down-schemas';
import { systemClock } from '../src/services/service-context.ts';
const client = createPrismaClient({ databaseUrl: process.env.DB! });
const ctx = { db: client.prisma, actor: process.env.HOSP ? { userId: 'x', isNetworkAdmin: false, coordinatedHospitalIds: [process.env.HOSP] } : { userId: 'x', isNetworkAdmin: true, coordinatedHospitalIds: [] }, meta: { ipAddress: null, userAgent: null }, mailer: null, clock: systemClock, config: { publicOrigin: null, smtpFrom: null, programmeName: 'x' } };
const input = DrillDownInput.parse(JSON.parse(process.argv[2] ?? '{"figure":"assignments","assignment":"overdue"}'));
const scope = await reportScope(ctx as never, input);
const members = scopedMemberships(scope, { person: true });
const cte = needsAssignments(input.figure) ? Prisma.sql`${members}, ${assignments(scope)}` : members;
const q = process.env.COUNT ? Prisma.sql`EXPLAIN (ANALYZE) WITH ${cte}, rows AS (${figureRows(scope, input)}) SELECT count(*)::int AS total FROM (SELECT 1 FROM rows LIMIT 1001) counted` : Prisma.sql`EXPLAIN (ANALYZE) WITH ${cte}, rows AS (${figureRows(scope, input)})
    SELECT * FROM rows
      ORDER BY sort_last, sort_first, "personId", "cohortName", "moduleTitle", "dueAt", "date" LIMIT 50 OFFSET ${(input.page - 1) * 50}`;
const rows = await client.prisma.$transaction([client.prisma.$executeRaw`SET LOCAL work_mem='64MB'`, client.prisma.$queryRaw<{ 'QUERY PLAN': string }[]>(q)]);
for (const r of rows[1]) console.log(r['QUERY PLAN']);
process.exit(0);
