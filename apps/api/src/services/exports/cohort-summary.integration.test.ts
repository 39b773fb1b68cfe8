import type { PrismaClient } from '@preceptor/db';
import { seedDemoData } from '@preceptor/db/seed';
import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { DomainError } from '@preceptor/domain/errors';
import { EXPORT_ROW_LIMIT } from '@preceptor/domain/exports/export-table';
import type { Actor } from '@preceptor/domain/permissions/actor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../../authorization/actors.ts';
import { fixedClock, testActorContext } from '../../testing/service-context.ts';
import { cohortSummary } from './cohort-summary.ts';
import { exportList } from './export-list.ts';

/* The cohort summary's counts in each viewer's scope, and the export row limit, on PostgreSQL. */

let database: TestDatabase;
let db: PrismaClient;
const clock = fixedClock(new Date('2026-12-01T12:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  await seedDemoData(db);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

async function hospital(code: string): Promise<string> {
  return (await db.hospital.findUniqueOrThrow({ where: { code } })).id;
}

async function actorOf(email: string, coordinates: string[], isNetworkAdmin = false): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return {
    userId: user.id,
    isNetworkAdmin,
    coordinatedHospitalIds: await Promise.all(coordinates.map(hospital)),
  };
}

async function cardiacId(): Promise<string> {
  return (await db.cohort.findFirstOrThrow({ where: { name: { contains: 'Cardiac' } } })).id;
}

describe('cohort summary', () => {
  it('counts only the coordinator’s hospitals’ people in a shared cohort, and everyone for an admin', async () => {
    const cohortId = await cardiacId();
    const smh = await hospital('SMH');
    const admin = await cohortSummary(
      testActorContext(db, await actorOf(ACTOR_EMAILS.admin, [], true), { clock }),
      {
        cohortId,
      },
    );
    const smhOnly = await cohortSummary(
      testActorContext(db, await actorOf(ACTOR_EMAILS.coordinator, ['SMH']), { clock }),
      { cohortId },
    );
    const count = (role: 'MENTOR' | 'MENTEE', hospitalId?: string) =>
      db.membership.count({
        where: { cohortId, role, active: true, ...(hospitalId ? { user: { hospitalId } } : {}) },
      });
    expect(admin).toMatchObject({
      wholeCohort: true,
      mentors: await count('MENTOR'),
      mentees: await count('MENTEE'),
    });
    expect(smhOnly).toMatchObject({
      wholeCohort: false,
      countedHospitals: ["St. Mary's Medical Center"],
      mentors: await count('MENTOR', smh),
      mentees: await count('MENTEE', smh),
    });
    expect(smhOnly.mentees).toBeLessThan(admin.mentees);
    expect(smhOnly.hospitals).toEqual(admin.hospitals);
    expect(admin.matches.active).toBe(await db.match.count({ where: { cohortId, status: 'ACTIVE' } }));
    expect(admin.modules.assigned).toBeGreaterThan(0);
    // The first curriculum item fell due on 30 October 2026: unfinished ones are overdue by 1 December.
    expect(admin.modules.overdue).toBeGreaterThan(0);
    expect(admin.reflections.shared).toBeGreaterThanOrEqual(admin.reflections.reviewed);
  });

  it('is not found for a coordinator of none of the cohort’s hospitals, and leaves no audit entry', async () => {
    const neuro = await db.cohort.findFirstOrThrow({ where: { name: { contains: 'Neuromonitoring' } } });
    const actor = await actorOf(ACTOR_EMAILS.otherCoordinator, ['PCH']);
    await expect(
      cohortSummary(testActorContext(db, actor, { clock }), { cohortId: neuro.id }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await db.auditLog.count({ where: { actorId: actor.userId, action: 'export.cohort_summary' } }),
    ).toBe(0);
  });
});

describe('export row limit', () => {
  it('refuses a list longer than the limit, asking to narrow the filters, and audits nothing', async () => {
    const actor = await actorOf(ACTOR_EMAILS.admin, [], true);
    const existing = await db.auditLog.count();
    // One set-based insert: Prisma's createMany takes minutes for twenty thousand rows here.
    await db.$executeRaw`
      INSERT INTO "AuditLog" ("id", "actorId", "action", "entityType", "entityId", "hospitalIds")
      SELECT gen_random_uuid()::text, ${actor.userId}, 'auth.sign_in', 'User', ${actor.userId}, '{}'
      FROM generate_series(1, ${EXPORT_ROW_LIMIT - existing + 1})`;
    const refusal = await exportList(testActorContext(db, actor, { clock }), {
      list: 'audit',
      format: 'csv',
      filters: {},
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'BAD_INPUT' });
    expect((refusal as DomainError).message).toMatch(
      /20,001 rows; an export holds up to 20,000\. Narrow the filters/,
    );
    expect(await db.auditLog.count({ where: { action: 'export.download' } })).toBe(0);

    const narrowed = await exportList(testActorContext(db, actor, { clock }), {
      list: 'audit',
      format: 'csv',
      filters: { action: 'cohort' },
    });
    expect(narrowed.fileName).toBe('audit-2026-12-01.csv');
  });
});
