import { createPGliteTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNetwork, type TestNetwork } from '../../testing/programme-network.ts';
import { fixedClock, testServiceContext } from '../../testing/service-context.ts';
import { scanCheckIns } from './scan-check-ins.ts';
import { scanReminders } from './scan-reminders.ts';

/*
 * The scans' SQL (arrays, unnest, DISTINCT ON, make_interval) on the embedded database that
 * `pnpm start` uses: PGlite, in memory. The behaviour itself is tested on PostgreSQL.
 */

let database: TestDatabase;
let network: TestNetwork;

beforeAll(async () => {
  database = await createPGliteTestDatabase();
  network = await buildNetwork(database.prisma);
}, 180_000);

afterAll(async () => {
  await database?.drop();
});

describe('the scans on PGlite', () => {
  it('send each reminder and open each check-in once', async () => {
    const ctx = testServiceContext(database.prisma, { clock: fixedClock(new Date('2027-02-12T06:00:00Z')) });
    const reminders = await scanReminders(ctx);
    expect(reminders.sent).toMatchObject({ module_overdue: 1, review_escalation: 1, meeting_gap: 2 });
    const checkIns = await scanCheckIns(ctx);
    expect(checkIns.opened.DAY_30).toBe(2);
    const remindersAgain = await scanReminders(ctx);
    expect(Object.values(remindersAgain.sent).every((n) => n === 0)).toBe(true);
    expect(await scanCheckIns(ctx)).toMatchObject({ opened: { DAY_30: 0, DAY_90: 0, COHORT_END: 0 } });
    expect(await database.prisma.notification.count({ where: { userId: network.menteeId } })).toBe(3);
  });
});
