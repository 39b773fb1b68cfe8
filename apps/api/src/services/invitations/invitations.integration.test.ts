import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../../authorization/actors.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/*
 * Invitations on PostgreSQL, over HTTP: staff invite by person, filter, cohort or import; the
 * invitation waits in the outbox with a single-use link the person follows; staff never get a
 * link, and nobody with a password is invited.
 */

let app: TestApp;
let coordinator: TestClient;
let admin: TestClient;
let smh: string;
let pch: string;

beforeAll(async () => {
  app = await startTestApp();
  coordinator = await app.clientFor(ACTOR_EMAILS.coordinator);
  admin = await app.clientFor(ACTOR_EMAILS.admin);
  smh = (await app.prisma.hospital.findUniqueOrThrow({ where: { code: 'SMH' } })).id;
  pch = (await app.prisma.hospital.findUniqueOrThrow({ where: { code: 'PCH' } })).id;
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function newcomer(hospitalId = smh, extra: { passwordHash?: string } = {}) {
  const email = `invitee-${crypto.randomUUID()}@stmarys.example`;
  return app.prisma.user.create({
    data: { email, firstName: 'Ines', lastName: 'Vitee', hospitalId, ...extra },
    select: { id: true, email: true },
  });
}

/** The set-password token in the person's newest invitation email. */
async function tokenFromOutbox(personId: string): Promise<string> {
  const email = await app.prisma.outboxEmail.findFirstOrThrow({
    where: { recipientId: personId, kind: 'account.invitation' },
    orderBy: { queuedAt: 'desc' },
  });
  const match = /set-password\?token=([A-Za-z0-9_-]+)/.exec(email.text);
  if (!match?.[1]) throw new Error(`No link in: ${email.text}`);
  return match[1];
}

async function accessOf(client: TestClient, email: string) {
  const page = await client.people.list.query({ search: email, status: 'ALL' });
  return page.rows[0]?.access;
}

describe('inviting people', () => {
  it('queues an email whose link the person uses once, and the list follows them in', async () => {
    const person = await newcomer();
    expect(await accessOf(coordinator, person.email)).toBe('NEVER_INVITED');

    const outcome = await coordinator.invitations.invitePeople.mutate({ personIds: [person.id] });
    expect(outcome).toMatchObject({ invited: 1, skipped: [], emailConfigured: false });
    expect(JSON.stringify(outcome)).not.toContain('token');
    expect(await accessOf(coordinator, person.email)).toBe('INVITED');

    const email = await app.prisma.outboxEmail.findFirstOrThrow({ where: { recipientId: person.id } });
    expect(email).toMatchObject({
      status: 'queued',
      toAddress: person.email,
      subject: 'You are invited to Preceptor',
    });
    expect(email.text).toContain(`${app.origin}/set-password?token=`);

    const token = await tokenFromOutbox(person.id);
    const anonymous = app.anonymous();
    await anonymous.auth.setPassword.mutate({ token, password: 'a long enough passphrase 42' });
    expect(await accessOf(coordinator, person.email)).toBe('PASSWORD_SET');
    expect(
      await outcomeCode(anonymous.auth.setPassword.mutate({ token, password: 'another passphrase 4242' })),
    ).toBe('BAD_REQUEST');
    await anonymous.auth.signIn.mutate({ email: person.email, password: 'a long enough passphrase 42' });
    expect(await accessOf(coordinator, person.email)).toBe('SIGNED_IN');
  });

  it('skips people who have a password, and refuses people out of reach', async () => {
    const withPassword = await newcomer(smh, { passwordHash: 'x' });
    const outcome = await coordinator.invitations.invitePeople.mutate({ personIds: [withPassword.id] });
    expect(outcome.invited).toBe(0);
    expect(outcome.skipped).toEqual([
      { personId: withPassword.id, name: 'Ines Vitee', reason: 'HAS_PASSWORD' },
    ]);
    expect(await app.prisma.outboxEmail.count({ where: { recipientId: withPassword.id } })).toBe(0);

    const elsewhere = await newcomer(pch);
    expect(
      await outcomeCode(coordinator.invitations.invitePeople.mutate({ personIds: [elsewhere.id] })),
    ).toBe('NOT_FOUND');
    expect(await outcomeCode(coordinator.invitations.resend.mutate({ personId: withPassword.id }))).toBe(
      'PRECONDITION_FAILED',
    );
  });

  it('resending makes a new link and kills the old one; revoking kills the open one', async () => {
    const person = await newcomer();
    await coordinator.invitations.invitePeople.mutate({ personIds: [person.id] });
    const first = await tokenFromOutbox(person.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await coordinator.invitations.resend.mutate({ personId: person.id });
    const second = await tokenFromOutbox(person.id);
    expect(second).not.toBe(first);
    expect(await app.prisma.outboxEmail.count({ where: { recipientId: person.id } })).toBe(2);

    await coordinator.invitations.revoke.mutate({ personId: person.id });
    expect(await accessOf(coordinator, person.email)).toBe('INVITATION_LAPSED');
    const anonymous = app.anonymous();
    for (const token of [first, second]) {
      expect(
        await outcomeCode(
          anonymous.auth.setPassword.mutate({ token, password: 'a long enough passphrase 42' }),
        ),
      ).toBe('BAD_REQUEST');
    }
    expect(await outcomeCode(coordinator.invitations.revoke.mutate({ personId: person.id }))).toBe(
      'PRECONDITION_FAILED',
    );
  });

  it('invites a cohort’s members at the coordinator’s hospitals only, never staff', async () => {
    const mine = await newcomer(smh);
    const theirs = await newcomer(pch);
    const staff = await newcomer(smh);
    await app.prisma.staffRole.create({ data: { userId: staff.id, kind: 'COORDINATOR', hospitalId: smh } });
    const cohort = await app.prisma.cohort.create({
      data: {
        name: `Invite cohort ${crypto.randomUUID()}`,
        startDate: new Date('2027-01-04'),
        endDate: new Date('2027-06-30'),
        hospitals: { create: [{ hospitalId: smh }, { hospitalId: pch }] },
        memberships: {
          create: [mine, theirs, staff].map((p) => ({ userId: p.id, role: 'MENTEE' as const })),
        },
      },
    });
    const outcome = await coordinator.invitations.inviteCohort.mutate({ cohortId: cohort.id });
    expect(outcome.invited).toBe(1);
    const invited = await app.prisma.outboxEmail.findMany({
      where: { recipientId: { in: [mine.id, theirs.id, staff.id] } },
      select: { recipientId: true },
    });
    expect(invited.map((row) => row.recipientId)).toEqual([mine.id]);
    // Run again: nobody left who was never invited.
    expect(await outcomeCode(coordinator.invitations.inviteCohort.mutate({ cohortId: cohort.id }))).toBe(
      'PRECONDITION_FAILED',
    );
  });

  it('invites everyone a filter shows who was never invited', async () => {
    const marker = crypto.randomUUID().slice(0, 8);
    const people = await Promise.all(
      [1, 2, 3].map((i) =>
        app.prisma.user.create({
          data: {
            email: `batch-${marker}-${i}@stmarys.example`,
            firstName: 'B',
            lastName: `${i}`,
            hospitalId: smh,
          },
        }),
      ),
    );
    await coordinator.invitations.invitePeople.mutate({ personIds: [people[0]?.id ?? ''] });
    const outcome = await coordinator.invitations.inviteMatching.mutate({ search: `batch-${marker}` });
    expect(outcome.invited).toBe(2);
    const page = await coordinator.people.list.query({ search: `batch-${marker}`, access: 'INVITED' });
    expect(page.total).toBe(3);
    expect(await outcomeCode(coordinator.invitations.inviteMatching.mutate({ hospitalId: pch }))).toBe(
      'FORBIDDEN',
    );
  });

  it('invites the people an import creates when asked to', async () => {
    const marker = crypto.randomUUID().slice(0, 8);
    const csv = `email,first_name,last_name,hospital\nimp-${marker}@stmarys.example,Imo,Gen,SMH\n`;
    const result = await admin.people.import.mutate({ csv, invite: true });
    expect(result).toMatchObject({ created: 1, invited: 1 });
    const person = await app.prisma.user.findUniqueOrThrow({
      where: { email: `imp-${marker}@stmarys.example` },
    });
    expect(await tokenFromOutbox(person.id)).toMatch(/.{20,}/);
  });
});
