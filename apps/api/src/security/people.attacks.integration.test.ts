import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeCode, startTestApp, type TestApp } from '../testing/test-app.ts';

/*
 * Attacks on people administration, tried over HTTP as a coordinator would, on the demo data.
 * Each was found to get through once; each must now be refused with nothing changed.
 */

let app: TestApp;
let smh: string;
let pch: string;

beforeAll(async () => {
  // No PUBLIC_ORIGIN and no mail server: the deployment where a reset link can go nowhere.
  app = await startTestApp({ publicOrigin: false });
  const hospitals = await app.prisma.hospital.findMany({ select: { id: true, code: true } });
  const id = (code: string) => hospitals.find((h) => h.code === code)?.id as string;
  [smh, pch] = [id('SMH'), id('PCH')];
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const HEADER = 'email,first_name,last_name,hospital';

async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

function problemsOf(error: TRPCClientError<never>) {
  return (error.data as unknown as { details?: { problems?: { line: number | null; message: string }[] } })
    .details?.problems;
}

const openLinks = (userId: string) =>
  app.prisma.passwordSetupToken.count({ where: { userId, usedAt: null, expiresAt: { gt: new Date() } } });

describe('account takeover through the people import', () => {
  it('refuses a coordinator’s row naming the network admin, leaves the admin as they were, and gives no link', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const adminId = await app.userId('admin@preceptor.test');
    const before = await app.prisma.user.findUniqueOrThrow({ where: { id: adminId } });

    const error = await failure(
      coordinator.people.import.mutate({
        csv: `${HEADER}\nok.newcomer@stmarys.example,Ok,Newcomer,SMH\nadmin@preceptor.test,Mallory,Owned,SMH\n`,
      }),
    );
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(problemsOf(error)).toEqual([
      {
        line: 3,
        message:
          'admin@preceptor.test already has an account at a hospital you do not coordinate, so this import cannot change it.',
      },
    ]);
    const after = await app.prisma.user.findUniqueOrThrow({ where: { id: adminId } });
    expect(after).toMatchObject({
      hospitalId: before.hospitalId,
      firstName: before.firstName,
      lastName: before.lastName,
    });
    // All or nothing: the good row was not imported either.
    expect(await app.prisma.user.findUnique({ where: { email: 'ok.newcomer@stmarys.example' } })).toBeNull();

    expect(await outcomeCode(coordinator.people.issueSetupLink.mutate({ personId: adminId }))).toBe(
      'NOT_FOUND',
    );
    expect(await openLinks(adminId)).toBe(0);
  });

  it('refuses a coordinator’s row naming staff of their own hospital, or someone of another hospital', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const self = await app.prisma.user.findUniqueOrThrow({ where: { email: 'coordinator@preceptor.test' } });
    const pchPerson = await app.prisma.user.findFirstOrThrow({
      where: { hospitalId: pch, staffRoles: { none: {} } },
    });

    const error = await failure(
      coordinator.people.import.mutate({
        csv: `${HEADER}\ncoordinator@preceptor.test,Renamed,Staff,SMH\n${pchPerson.email},Moved,Away,SMH\n`,
      }),
    );
    expect(problemsOf(error)).toEqual([
      {
        line: 2,
        message:
          'coordinator@preceptor.test is a coordinator or network admin; only a network admin can change their account.',
      },
      {
        line: 3,
        message: `${pchPerson.email} already has an account at a hospital you do not coordinate, so this import cannot change it.`,
      },
    ]);
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id: self.id } })).toMatchObject({
      firstName: self.firstName,
      lastName: self.lastName,
    });
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id: pchPerson.id } })).toMatchObject({
      hospitalId: pch,
      firstName: pchPerson.firstName,
    });
  });

  it('moves nobody between hospitals unless the import asks to, even for a network admin', async () => {
    const admin = await app.clientFor('admin@preceptor.test');
    const person = await app.prisma.user.findFirstOrThrow({
      where: { hospitalId: pch, staffRoles: { none: {} } },
      orderBy: { email: 'desc' },
    });
    const csv = `${HEADER}\n${person.email},${person.firstName},${person.lastName},SMH\n`;
    const error = await failure(admin.people.import.mutate({ csv }));
    expect(problemsOf(error)).toEqual([
      {
        line: 2,
        message: `${person.email} belongs to PCH, not SMH; an import moves people between hospitals only when asked to.`,
      },
    ]);
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).hospitalId).toBe(pch);

    await admin.people.import.mutate({ csv, movePeople: true });
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).hospitalId).toBe(smh);
  });
});

describe('set-password links for accounts that have a password', () => {
  it('gives staff no link to a mentee who has a password, and says why', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const admin = await app.clientFor('admin@preceptor.test');
    const menteeId = await app.userId('mentee@preceptor.test');
    expect(
      (await app.prisma.user.findUniqueOrThrow({ where: { id: menteeId } })).passwordHash,
    ).not.toBeNull();

    for (const staff of [coordinator, admin]) {
      const error = await failure(staff.people.issueSetupLink.mutate({ personId: menteeId }));
      expect(error.data?.code).toBe('PRECONDITION_FAILED');
      expect(error.message).toContain('This person has a password; they can reset it themselves');
    }
    expect(await openLinks(menteeId)).toBe(0);
  });

  it('still hands a newcomer who never set a password their first link, and audits it', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const created = await coordinator.people.create.mutate({
      email: 'first.link@stmarys.example',
      firstName: 'First',
      lastName: 'Link',
      hospitalId: smh,
      profile: null,
    });
    expect(created.setupLink).toMatchObject({
      emailed: false,
      path: expect.stringContaining('/set-password'),
    });
    const again = await coordinator.people.issueSetupLink.mutate({ personId: created.id });
    expect(again.path).toContain('/set-password?token=');
    const audited = await app.prisma.auditLog.findMany({
      where: { action: 'person.setup_link', entityId: created.id },
      select: { metadata: true },
    });
    expect(audited.map((a) => a.metadata)).toEqual([
      { purpose: 'first password', delivery: 'shown to staff' },
      { purpose: 'first password', delivery: 'shown to staff' },
    ]);
  });
});

describe('a coordinator never changes staff, whatever the service', () => {
  it('refuses editing, deactivating or linking a coordinator of another hospital who lives at theirs', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const admin = await app.clientFor('admin@preceptor.test');
    const { id } = await coordinator.people.create.mutate({
      email: 'future.staff@stmarys.example',
      firstName: 'Future',
      lastName: 'Staff',
      hospitalId: smh,
      profile: null,
    });
    await admin.hospitals.grantStaffRole.mutate({ userId: id, kind: 'COORDINATOR', hospitalIds: [pch] });

    const edit = {
      personId: id,
      email: 'mine@attacker.example',
      firstName: 'Future',
      lastName: 'Staff',
      hospitalId: smh,
    };
    expect(await outcomeCode(coordinator.people.update.mutate({ ...edit, profile: null }))).toBe('FORBIDDEN');
    expect(await outcomeCode(coordinator.people.setActive.mutate({ personId: id, active: false }))).toBe(
      'FORBIDDEN',
    );
    expect(await outcomeCode(coordinator.people.issueSetupLink.mutate({ personId: id }))).toBe('FORBIDDEN');
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({
      email: 'future.staff@stmarys.example',
      active: true,
    });
    expect((await coordinator.people.get.query({ personId: id })).mayChange).toBe(false);
    expect((await admin.people.get.query({ personId: id })).mayChange).toBe(true);
    expect(await outcomeCode(admin.people.setActive.mutate({ personId: id, active: false }))).toBeNull();
  });
});

describe('match factors across hospitals', () => {
  it('shows a coordinator no factor text about the other hospital’s person in a shared cohort', async () => {
    const cohort = await app.prisma.cohort.findFirstOrThrow({
      where: { hospitals: { some: { hospitalId: smh } }, AND: { hospitals: { some: { hospitalId: pch } } } },
    });
    const admin = await app.clientFor('admin@preceptor.test');
    await admin.matching.run.mutate({ cohortId: cohort.id });
    const full = await admin.matching.preview.query({ cohortId: cohort.id });
    const crossIds = new Set(
      full.proposals.filter((p) => p.mentee.hospitalName !== p.mentor.hospitalName).map((p) => p.matchId),
    );
    expect(crossIds.size).toBeGreaterThan(0);
    // The admin, who administers both hospitals, reads the explanations.
    const explained = full.proposals.filter((p) => crossIds.has(p.matchId)).flatMap((p) => p.factors);
    expect(explained.some((f) => /more year|offers \d+ h|Both in|Different/.test(f.detail))).toBe(true);

    for (const email of ['coordinator@preceptor.test', 'coordinator2@preceptor.test']) {
      const coordinator = await app.clientFor(email);
      const seen = await coordinator.matching.preview.query({ cohortId: cohort.id });
      const cross = seen.proposals.filter((p) => crossIds.has(p.matchId));
      expect(cross.length).toBeGreaterThan(0);
      for (const proposal of cross) {
        expect(proposal.mentee.inScope && proposal.mentor.inScope).toBe(false);
        for (const factor of proposal.factors) {
          expect(factor.detail).toBe('Explained only to staff of both people’s hospitals');
        }
      }
    }

    await admin.matching.publish.mutate({ cohortId: cohort.id });
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const matches = await coordinator.matching.cohortMatches.query({ cohortId: cohort.id });
    const crossMatches = matches.filter((m) => !(m.mentee.inScope && m.mentor.inScope));
    expect(crossMatches.length).toBeGreaterThan(0);
    for (const match of crossMatches) {
      for (const factor of match.factors) {
        expect(factor.detail).toBe('Explained only to staff of both people’s hospitals');
      }
    }
  });
});
