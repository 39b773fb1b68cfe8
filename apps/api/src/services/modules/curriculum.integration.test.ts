import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshHospitalOneCohort } from '../../authorization/admin-fixtures.ts';
import { menteeOnlyModule } from '../../authorization/module-fixtures.ts';
import { outcomeCode, startTestApp, type TestApp } from '../../testing/test-app.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('curriculum', () => {
  it('is set by staff of the cohort, in order, and read-only once the cohort closes', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const outsider = await app.clientFor('coordinator2@preceptor.test');
    const cohortId = await freshHospitalOneCohort(app.prisma);
    const [first, second] = [await menteeOnlyModule(app.prisma, 0), await menteeOnlyModule(app.prisma, 1)];
    const due = new Date('2027-03-01T23:00:00Z');

    const saved = await coordinator.modules.setCurriculum.mutate({
      cohortId,
      sequential: true,
      items: [
        { moduleId: second.id, dueAt: due },
        { moduleId: first.id, dueAt: null },
      ],
    });
    expect(saved.sequential).toBe(true);
    expect(saved.items.map((item) => [item.moduleId, item.position, item.dueAt])).toEqual([
      [second.id, 1, due],
      [first.id, 2, null],
    ]);
    const audit = await app.prisma.auditLog.findFirst({
      where: { action: 'cohort.curriculum.update', entityId: cohortId },
    });
    expect(audit).not.toBeNull();

    // Reordering and dropping keeps one row per module.
    const reordered = await coordinator.modules.setCurriculum.mutate({
      cohortId,
      sequential: false,
      items: [{ moduleId: first.id, dueAt: null }],
    });
    expect(reordered.items.map((item) => item.moduleId)).toEqual([first.id]);

    expect(
      await outcomeCode(
        coordinator.modules.setCurriculum.mutate({
          cohortId,
          sequential: false,
          items: [
            { moduleId: first.id, dueAt: null },
            { moduleId: first.id, dueAt: null },
          ],
        }),
      ),
    ).toBe('BAD_REQUEST');
    expect(await outcomeCode(outsider.modules.curriculum.query({ cohortId }))).toBe('NOT_FOUND');

    await app.prisma.cohort.update({ where: { id: cohortId }, data: { status: 'CLOSED' } });
    const closed = await coordinator.modules.curriculum.query({ cohortId });
    expect(closed.readOnly).toBe(true);
    expect(
      await outcomeCode(coordinator.modules.setCurriculum.mutate({ cohortId, sequential: false, items: [] })),
    ).toBe('PRECONDITION_FAILED');
  });

  it('refuses a module without a published version', async () => {
    const admin = await app.clientFor('admin@preceptor.test');
    const draftOnly = await app.prisma.module.create({ data: { slug: 'draft-only-module' } });
    const cohortId = await freshHospitalOneCohort(app.prisma);
    expect(
      await outcomeCode(
        admin.modules.setCurriculum.mutate({
          cohortId,
          sequential: false,
          items: [{ moduleId: draftOnly.id, dueAt: null }],
        }),
      ),
    ).toBe('BAD_REQUEST');
  });
});

describe('progress views', () => {
  it('shows a coordinator only their own hospitals, and the network admin every hospital', async () => {
    const coordinatorRows = (
      await (await app.clientFor('coordinator@preceptor.test')).reports.learning.query({})
    ).byCohort;
    const adminRows = (await (await app.clientFor('admin@preceptor.test')).reports.learning.query({}))
      .byCohort;
    const coordinatorHospitals = new Set(coordinatorRows.map((row) => row.hospitalName));
    expect(coordinatorHospitals.size).toBe(1);
    expect(new Set(adminRows.map((row) => row.hospitalName)).size).toBeGreaterThan(1);
    // The seeded cardiac due date in October 2026 is past: overdue counts show up.
    expect(adminRows.some((row) => row.overdue > 0)).toBe(true);
    for (const row of adminRows) expect(row.completed + row.overdue).toBeLessThanOrEqual(row.assigned);
  });

  it('shows a mentor only their own active mentees', async () => {
    const mine = await (await app.clientFor('mentor@preceptor.test')).modules.menteeProgress.query();
    const theirs = await (await app.clientFor('mentor2@preceptor.test')).modules.menteeProgress.query();
    const menteeId = await app.userId('mentee@preceptor.test');
    expect(mine.map((row) => row.menteeId)).toContain(menteeId);
    expect(theirs.map((row) => row.menteeId)).not.toContain(menteeId);
    expect(mine.find((row) => row.menteeId === menteeId)?.modules.length).toBeGreaterThan(0);
  });
});
