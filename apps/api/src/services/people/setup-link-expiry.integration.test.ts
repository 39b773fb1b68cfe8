import { seedDemoData } from '@preceptor/db/seed';
import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { DomainError } from '@preceptor/domain/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../../authorization/actors.ts';
import { fixedClock, testActorContext, testServiceContext } from '../../testing/service-context.ts';
import { sendSetupLink, setPasswordWithToken } from './setup-links.ts';

/* A set-password link lives seven days by the service's clock, not by the machine's. */

const DAY_MS = 24 * 60 * 60 * 1000;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.prisma);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

async function linkForNewcomer(email: string, clock: ReturnType<typeof fixedClock>): Promise<string> {
  const db = database.prisma;
  const admin = await db.user.findUniqueOrThrow({ where: { email: ACTOR_EMAILS.admin } });
  // The demo admin is a network admin (the seed gives them that role and no other).
  const actor = { userId: admin.id, isNetworkAdmin: true, coordinatedHospitalIds: [] };
  const person = await db.user.create({
    data: { email, firstName: 'New', lastName: 'Comer' },
    select: { id: true, email: true, firstName: true, hospitalId: true },
  });
  const link = await sendSetupLink(testActorContext(db, actor, { clock }), person);
  const token = new URLSearchParams((link.path ?? '').split('?')[1]).get('token');
  if (!token) throw new Error('No link was shown');
  return token;
}

describe('set-password link lifetime', () => {
  it('works on its sixth day and is refused on its eighth', async () => {
    const clock = fixedClock(new Date('2030-01-01T09:00:00Z'));
    const early = await linkForNewcomer('early.newcomer@example.org', clock);
    const late = await linkForNewcomer('late.newcomer@example.org', clock);

    clock.set(new Date(clock.now().getTime() + 6 * DAY_MS));
    const ctx = testServiceContext(database.prisma, { clock });
    await setPasswordWithToken(ctx, { token: early, password: 'a-long-enough-password' });

    clock.set(new Date(clock.now().getTime() + 2 * DAY_MS));
    const refused = await setPasswordWithToken(ctx, {
      token: late,
      password: 'a-long-enough-password',
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).message).toMatch(/expired or was already used/);
  });
});
