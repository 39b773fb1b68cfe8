import type { PrismaClient } from '@preceptor/db';
import { seedDemoData } from '@preceptor/db/seed';
import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { DrillDownInput } from '@preceptor/domain/reports/drill-down-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, testActorContext } from '../../testing/service-context.ts';
import type { ActorContext } from '../service-context.ts';
import { drillDown } from './drill-down.ts';
import { participationSection } from './participation.ts';
import { reportScope } from './report-scope.ts';

/*
 * A mentee in two cohorts (the demo's cardiac and neuromonitoring cohorts) is one person in the
 * lists that mean people, with both cohorts named, as the reports count them; and a list longer
 * than its count limit says so instead of counting on.
 */

let database: TestDatabase;
let db: PrismaClient;
let ctx: ActorContext;
const DAY = 86_400_000;

async function cohort(name: string) {
  return db.cohort.findFirstOrThrow({ where: { name: { contains: name } } });
}

const list = (input: Record<string, unknown>, pageSize?: number) =>
  drillDown(ctx, DrillDownInput.parse(input), pageSize);

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  await seedDemoData(db);
  const admin = await db.user.findFirstOrThrow({
    where: { staffRoles: { some: { kind: 'NETWORK_ADMIN' } } },
  });
  ctx = testActorContext(
    db,
    { userId: admin.id, isNetworkAdmin: true, coordinatedHospitalIds: [] },
    {
      clock: fixedClock(new Date()),
    },
  );
  const [cardiac, neuro] = [await cohort('Cardiac'), await cohort('Neuromonitoring')];
  await db.user.create({
    data: {
      email: 'twice@example.test',
      firstName: 'Twyla',
      lastName: 'Twice',
      passwordHash: 'not-a-real-hash',
      memberships: {
        create: [
          { cohortId: cardiac.id, role: 'MENTEE' },
          { cohortId: neuro.id, role: 'MENTEE', active: false },
        ],
      },
      reflections: {
        create: [
          { title: 'one', body: '<p>one</p>', createdAt: new Date(Date.now() - 3 * DAY) },
          { title: 'two', body: '<p>two</p>', createdAt: new Date(Date.now() - 2 * DAY) },
        ],
      },
    },
  });
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

describe('drill-down lists of people', () => {
  it('list a person in two cohorts once, naming both', async () => {
    const members = await list({ figure: 'members', role: 'MENTEE', search: 'Twice' });
    expect(members.rows).toHaveLength(1);
    expect(members.rows[0]?.cohortName).toMatch(
      /Cardiac.*, .*Neuromonitoring.* \(removed\)|Neuromonitoring.* \(removed\), .*Cardiac/,
    );
    expect(members.rows[0]?.status).toBe('Active, signed in');
    // Active in one cohort and removed from the other: in both lists, as participation counts her.
    expect((await list({ figure: 'members', membership: 'removed', search: 'Twice' })).total).toBe(1);

    const reflections = await list({ figure: 'reflections', search: 'Twice' });
    expect(reflections.rows).toHaveLength(1);
    expect(reflections.rows[0]?.count).toBe(2);
  });

  it('count as many people as participation does', async () => {
    const { byRole } = await participationSection(ctx, await reportScope(ctx, {}));
    for (const row of byRole) {
      expect((await list({ figure: 'members', role: row.role })).total).toBe(row.people);
      expect((await list({ figure: 'members', role: row.role, membership: 'active' })).total).toBe(
        row.active,
      );
      expect((await list({ figure: 'members', role: row.role, membership: 'removed' })).total).toBe(
        row.removed,
      );
      expect((await list({ figure: 'members', role: row.role, account: 'invited' })).total).toBe(row.invited);
    }
  });

  it('stop counting past the limit and say so, page after page without gaps or repeats', async () => {
    const input = DrillDownInput.parse({ figure: 'members' });
    const all = await drillDown(ctx, input, 20_000);
    expect(all.totalCapped).toBe(false);
    expect(all.total).toBeGreaterThan(6);
    const first = await drillDown(ctx, input, 2, 5);
    expect(first).toMatchObject({ total: 5, totalCapped: true });
    const second = await drillDown(ctx, { ...input, page: 2 }, 2, 5);
    expect([...first.rows, ...second.rows].map((row) => row.personId + row.role)).toEqual(
      all.rows.slice(0, 4).map((row) => row.personId + row.role),
    );
    // Exactly the limit is not "more than".
    expect(await drillDown(ctx, input, 2, all.total)).toMatchObject({ total: all.total, totalCapped: false });
  });
});
