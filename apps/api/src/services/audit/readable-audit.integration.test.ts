// The audit log in words: each entry's record named for the viewer, within their hospitals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function cohortId(name: string): Promise<string> {
  return (
    await app.prisma.cohort.findFirstOrThrow({ where: { name: { contains: name } }, select: { id: true } })
  ).id;
}

describe('the readable audit log', () => {
  it('says what happened in words, naming only people of the viewer’s hospitals', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const page = await coordinator.audit.list.query({ action: 'match.activate', pageSize: 100 });
    expect(page.total).toBeGreaterThan(0);
    const outsiders = await app.prisma.user.findMany({
      where: { NOT: { hospital: { code: 'SMH' } } },
      select: { firstName: true, lastName: true },
    });
    for (const row of page.rows) {
      expect(row.sentence).toMatch(/^Started the match between .+ \(mentee\) and .+ \(mentor\) at set-up$/);
      for (const person of outsiders)
        expect(row.sentence).not.toContain(`${person.firstName} ${person.lastName}`);
    }
  });

  it('leaves the other side of a cross-hospital match unnamed, for each hospital’s coordinator', async () => {
    const cardiac = await cohortId('Cardiac');
    const mentee = await app.prisma.membership.findFirstOrThrow({
      where: { cohortId: cardiac, role: 'MENTEE', user: { email: 'mentee@preceptor.test' } },
      include: { user: true },
    });
    const mentor = await app.prisma.membership.findFirstOrThrow({
      where: { cohortId: cardiac, role: 'MENTOR', user: { hospital: { code: 'PCH' } } },
      include: { user: true },
    });
    const match = await app.prisma.match.create({
      data: {
        cohortId: cardiac,
        menteeMembershipId: mentee.id,
        mentorMembershipId: mentor.id,
        status: 'ENDED',
        score: 0.5,
        factors: [],
      },
    });
    await app.prisma.auditLog.create({
      data: {
        actorId: await app.userId('admin@preceptor.test'),
        action: 'match.end',
        entityType: 'Match',
        entityId: match.id,
        hospitalIds: [mentee.user.hospitalId ?? '', mentor.user.hospitalId ?? ''],
      },
    });
    const sentenceFor = async (email: string) => {
      const client = await app.clientFor(email);
      const page = await client.audit.list.query({ action: 'match.end', entityId: match.id });
      return page.rows[0]?.sentence;
    };
    const menteeName = `${mentee.user.firstName} ${mentee.user.lastName}`;
    const mentorName = `${mentor.user.firstName} ${mentor.user.lastName}`;
    expect(await sentenceFor('coordinator@preceptor.test')).toBe(
      `Ended the match between ${menteeName} (mentee) and a person at another hospital (mentor)`,
    );
    expect(await sentenceFor('coordinator2@preceptor.test')).toBe(
      `Ended the match between a person at another hospital (mentee) and ${mentorName} (mentor)`,
    );
    expect(await sentenceFor('admin@preceptor.test')).toBe(
      `Ended the match between ${menteeName} (mentee) and ${mentorName} (mentor)`,
    );
  });

  it('names a reflection by its author, never by its title', async () => {
    const reflection = await app.prisma.reflection.findFirstOrThrow({ include: { author: true } });
    const mentorId = await app.userId('mentor@preceptor.test');
    await app.prisma.auditLog.create({
      data: {
        actorId: mentorId,
        action: 'reflection.read',
        entityType: 'Reflection',
        entityId: reflection.id,
        hospitalIds: reflection.author.hospitalId ? [reflection.author.hospitalId] : [],
      },
    });
    const admin = await app.clientFor('admin@preceptor.test');
    const [row] = (await admin.audit.list.query({ action: 'reflection.read', entityId: reflection.id })).rows;
    expect(row?.sentence).toBe(
      `Read a reflection by ${reflection.author.firstName} ${reflection.author.lastName}`,
    );
    expect(JSON.stringify(row)).not.toContain(reflection.title);
  });

  it('filters by a known action exactly, and by a prefix otherwise', async () => {
    const adminId = await app.userId('admin@preceptor.test');
    const entry = (action: string) => ({
      actorId: adminId,
      action,
      entityType: 'Test',
      entityId: 'filter-test',
    });
    await app.prisma.auditLog.createMany({
      data: [entry('reflection.share'), entry('reflection.shares_revoked')],
    });
    const admin = await app.clientFor('admin@preceptor.test');
    const actions = async (action: string) =>
      (await admin.audit.list.query({ action, entityId: 'filter-test' })).rows
        .map((row) => row.action)
        .sort();
    expect(await actions('reflection.share')).toEqual(['reflection.share']);
    expect(await actions('reflection.sha')).toEqual(['reflection.share', 'reflection.shares_revoked']);
  });
});
