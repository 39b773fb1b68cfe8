import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeCode, startTestApp, type TestApp } from '../../testing/test-app.ts';

let app: TestApp;
let smh: string;
let pch: string;
let luh: string;

beforeAll(async () => {
  app = await startTestApp();
  const codes = await app.prisma.hospital.findMany({ select: { id: true, code: true } });
  const id = (code: string) => codes.find((h) => h.code === code)?.id as string;
  [smh, pch, luh] = [id('SMH'), id('PCH'), id('LUH')];
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('people in scope', () => {
  it('shows a coordinator only their hospitals’ people, filtered and sorted on the server', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const page = await coordinator.people.list.query({ pageSize: 100, status: 'ALL' });
    expect(page.total).toBeGreaterThan(0);
    const hospitalNames = new Set(page.rows.map((row) => row.hospitalName));
    expect([...hospitalNames]).toEqual(["St. Mary's Medical Center"]);

    const mentors = await coordinator.people.list.query({ cohortRole: 'MENTOR', profession: 'PERFUSION' });
    expect(
      mentors.rows.every((row) => row.cohortRoles.includes('MENTOR') && row.profession === 'PERFUSION'),
    ).toBe(true);
    const byEmail = await coordinator.people.list.query({ sort: 'email', descending: true, pageSize: 5 });
    const emails = byEmail.rows.map((row) => row.email);
    expect(emails).toEqual([...emails].sort().reverse());

    const other = await app.clientFor('coordinator2@preceptor.test');
    const none = await other.people.list.query({ search: 'mentee@preceptor.test' });
    expect(none.total).toBe(0);
  });

  it('refuses a coordinator creating a person at a hospital they do not coordinate, next to the field', async () => {
    const other = await app.clientFor('coordinator2@preceptor.test');
    const error = await failure(
      other.people.create.mutate({
        email: 'stray@stmarys.example',
        firstName: 'Stray',
        lastName: 'Person',
        hospitalId: smh,
        profile: null,
      }),
    );
    expect(error.data?.code).toBe('FORBIDDEN');
    expect((error.data as { details?: { fieldErrors?: object } }).details?.fieldErrors).toHaveProperty(
      'hospitalId',
    );
    expect(await app.prisma.user.findUnique({ where: { email: 'stray@stmarys.example' } })).toBeNull();
  });
});

describe('a person’s life cycle', () => {
  it('creates a person with a one-time link, which sets a password once', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const created = await coordinator.people.create.mutate({
      email: 'New.Nurse@StMarys.example',
      firstName: 'Nia',
      lastName: 'Okafor',
      hospitalId: smh,
      profile: null,
    });
    expect(created.setupLink).toMatchObject({ emailed: false });
    const token = new URL(created.setupLink.path as string, 'http://x').searchParams.get('token') as string;
    const stored = await app.prisma.passwordSetupToken.findFirstOrThrow({ where: { userId: created.id } });
    expect(stored.id).not.toContain(token);

    const anonymous = app.anonymous();
    const short = await failure(anonymous.auth.setPassword.mutate({ token, password: 'short' }));
    expect(short.data?.code).toBe('BAD_REQUEST');
    await anonymous.auth.setPassword.mutate({ token, password: 'a-long-enough-password' });
    const again = await failure(
      anonymous.auth.setPassword.mutate({ token, password: 'another-long-password' }),
    );
    expect(again.message).toContain('expired or was already used');
    await anonymous.auth.signIn.mutate({
      email: 'new.nurse@stmarys.example',
      password: 'a-long-enough-password',
    });

    const duplicate = await failure(
      coordinator.people.create.mutate({
        email: 'new.nurse@stmarys.example',
        firstName: 'Nia',
        lastName: 'Again',
        hospitalId: smh,
        profile: null,
      }),
    );
    expect(duplicate.data?.code).toBe('CONFLICT');
  });

  it('deactivates a person: sign-in refused, sessions ended, history kept, audited', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const mentor = await app.clientFor('mentor@preceptor.test');
    const mentorId = await app.userId('mentor@preceptor.test');
    const memberships = await app.prisma.membership.count({ where: { userId: mentorId } });
    expect(await mentor.people.myProfile.query()).toMatchObject({ email: 'mentor@preceptor.test' });

    const other = await app.clientFor('coordinator2@preceptor.test');
    expect(await outcomeCode(other.people.setActive.mutate({ personId: mentorId, active: false }))).toBe(
      'NOT_FOUND',
    );

    await coordinator.people.setActive.mutate({ personId: mentorId, active: false });
    expect(await outcomeCode(mentor.people.myProfile.query())).toBe('UNAUTHORIZED');
    expect(await app.prisma.session.count({ where: { userId: mentorId } })).toBe(0);
    expect(
      await outcomeCode(
        app.anonymous().auth.signIn.mutate({ email: 'mentor@preceptor.test', password: 'preceptor-demo' }),
      ),
    ).toBe('FORBIDDEN');
    expect(await app.prisma.membership.count({ where: { userId: mentorId } })).toBe(memberships);
    const audit = await coordinator.audit.list.query({ action: 'person.deactivate', entityId: mentorId });
    const person = await app.prisma.user.findUniqueOrThrow({ where: { id: mentorId } });
    expect(audit.rows[0]).toMatchObject({
      actorEmail: 'coordinator@preceptor.test',
      hospitals: ["St. Mary's Medical Center"],
      actionLabel: 'Deactivated a person',
      sentence: `Deactivated ${person.firstName} ${person.lastName}`,
    });
    expect((await other.audit.list.query({ entityId: mentorId })).total).toBe(0);

    await coordinator.people.setActive.mutate({ personId: mentorId, active: true });
    const back = await app.clientFor('mentor@preceptor.test');
    expect(await outcomeCode(back.people.myProfile.query())).toBeNull();
  });

  it('lets a person edit their own profile, with clear messages for bad values', async () => {
    const mentee = await app.clientFor('mentee@preceptor.test');
    const bad = await failure(
      mentee.people.updateMyProfile.mutate({
        profession: 'PERFUSION',
        specialty: null,
        careerStage: 'EARLY_CAREER',
        yearsExperience: -2,
        expertiseTags: [],
        goalTags: [],
        languages: [],
        remoteOk: true,
        monthlyAvailabilityHours: 4,
        bio: null,
      }),
    );
    expect((bad.data as { fieldErrors?: Record<string, string[]> }).fieldErrors?.yearsExperience).toEqual([
      'Years cannot be negative.',
    ]);
    const saved = await mentee.people.updateMyProfile.mutate({
      profession: 'PERFUSION',
      specialty: 'Pediatric',
      careerStage: 'EARLY_CAREER',
      yearsExperience: 3,
      expertiseTags: [],
      goalTags: ['ECMO', 'ecmo', 'Congenital'],
      languages: ['English', 'Spanish'],
      remoteOk: false,
      monthlyAvailabilityHours: 6,
      bio: null,
    });
    expect(saved.profile).toMatchObject({ goalTags: ['ECMO', 'Congenital'], remoteOk: false });
  });
});

describe('cohorts and the portal import', () => {
  it('a coordinator creates a cohort, imports people into it and sees only their own people', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const other = await app.clientFor('coordinator2@preceptor.test');
    const { id } = await coordinator.cohorts.create.mutate({
      name: 'Spring preceptors',
      description: null,
      hospitalIds: [smh],
      startDate: new Date('2027-03-01'),
      endDate: new Date('2027-09-01'),
    });
    expect(await outcomeCode(other.cohorts.get.query({ cohortId: id }))).toBe('NOT_FOUND');

    const header = 'email,first_name,last_name,hospital,role,profession,years_experience,capacity';
    const stray = await failure(
      coordinator.people.import.mutate({ cohortId: id, csv: `${header}\nx@pch.example,X,Y,PCH,mentee,,,\n` }),
    );
    expect((stray.data as { details?: { problems?: unknown } }).details?.problems).toEqual([
      { line: 2, message: 'You do not coordinate PCH, so you cannot import its people.' },
    ]);

    const csv = `${header}\nsun@stmarys.example,Sun,Park,SMH,mentor,Nursing,15,2\nlee@stmarys.example,Lee,Moss,SMH,mentee,Nursing,1,\n`;
    const result = await coordinator.people.import.mutate({ cohortId: id, csv });
    expect(result).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      membershipsAdded: 2,
      membershipsUpdated: 0,
    });
    const members = await coordinator.cohorts.members.query({ cohortId: id });
    expect(members.rows.map((m) => [m.email, m.role, m.capacity])).toEqual([
      ['sun@stmarys.example', 'MENTOR', 2],
      ['lee@stmarys.example', 'MENTEE', null],
    ]);

    // Admin adds PCH; coordinator2 now sees the cohort but not SMH's people.
    const admin = await app.clientFor('admin@preceptor.test');
    await admin.cohorts.update.mutate({
      cohortId: id,
      name: 'Spring preceptors',
      description: null,
      hospitalIds: [smh, pch],
      startDate: new Date('2027-03-01'),
      endDate: new Date('2027-09-01'),
    });
    expect((await other.cohorts.get.query({ cohortId: id })).hospitals.map((h) => [h.code, h.mine])).toEqual([
      ['PCH', true],
      ['SMH', false],
    ]);
    expect((await other.cohorts.members.query({ cohortId: id })).total).toBe(0);
    const lee = members.rows[1]?.membershipId as string;
    expect(await outcomeCode(other.cohorts.removeMember.mutate({ membershipId: lee }))).toBe('NOT_FOUND');

    // A coordinator cannot take a partner's hospital out of the cohort.
    expect(
      await outcomeCode(
        coordinator.cohorts.update.mutate({
          cohortId: id,
          name: 'Spring preceptors',
          description: null,
          hospitalIds: [smh],
          startDate: new Date('2027-03-01'),
          endDate: new Date('2027-09-01'),
        }),
      ),
    ).toBe('FORBIDDEN');

    await coordinator.cohorts.removeMember.mutate({ membershipId: lee });
    expect(await app.prisma.membership.findUniqueOrThrow({ where: { id: lee } })).toMatchObject({
      active: false,
    });

    await coordinator.cohorts.setStatus.mutate({ cohortId: id, status: 'ACTIVE' });
    await coordinator.cohorts.setStatus.mutate({ cohortId: id, status: 'CLOSED' });
    expect(await outcomeCode(coordinator.cohorts.setStatus.mutate({ cohortId: id, status: 'ACTIVE' }))).toBe(
      'PRECONDITION_FAILED',
    );
    const closed = await failure(
      coordinator.cohorts.addMembers.mutate({ cohortId: id, role: 'MENTEE', capacity: null, userIds: [lee] }),
    );
    expect(closed.message).toContain('closed');
    expect(await outcomeCode(coordinator.people.import.mutate({ cohortId: id, csv }))).toBe(
      'PRECONDITION_FAILED',
    );
  });

  it('adds members by filter, only from the cohort’s hospitals', async () => {
    const admin = await app.clientFor('admin@preceptor.test');
    const { id } = await admin.cohorts.create.mutate({
      name: 'Lakeshore nurses',
      description: null,
      hospitalIds: [luh],
      startDate: new Date('2027-03-01'),
      endDate: new Date('2027-09-01'),
    });
    const result = await admin.cohorts.addMembers.mutate({
      cohortId: id,
      role: 'MENTEE',
      capacity: null,
      filter: { profession: 'NURSING' },
    });
    const expected = await app.prisma.user.count({
      where: { active: true, hospitalId: luh, profile: { profession: 'NURSING' } },
    });
    expect(result).toEqual({ added: expected, alreadyMembers: 0 });
    const again = await admin.cohorts.addMembers.mutate({
      cohortId: id,
      role: 'MENTEE',
      capacity: null,
      filter: { profession: 'NURSING' },
    });
    expect(again).toEqual({ added: 0, alreadyMembers: expected });
  });
});
