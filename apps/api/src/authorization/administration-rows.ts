import { ACTOR_EMAILS, ADMIN, SIGNED_IN, STAFF } from './actors.ts';
import {
  freshHospital,
  freshHospitalOneCohort,
  freshHospitalOneMembership,
  freshHospitalOnePerson,
  freshStaffRole,
  hospitalId,
  SAMPLE_PROFILE,
  uniqueCode,
  uniqueEmail,
} from './admin-fixtures.ts';
import { type AreaRows, HOSPITAL_ONE_STAFF } from './policy-row.ts';

/** Cohorts, hospitals, staff roles, people and the audit log. */
export const ADMINISTRATION_ROWS: AreaRows = {
  // ── cohorts ──
  'cohorts.list': { allowed: STAFF, call: (c) => c.cohorts.list.query() },
  // Hospital 1's own cohorts (SMH only): otherCoordinator, who coordinates PCH, is refused each one.
  'cohorts.get': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.cohorts.get.query({ cohortId: await freshHospitalOneCohort(f.app.prisma) }),
  },
  'cohorts.create': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.create.mutate({
        name: 'Harness cohort',
        description: null,
        hospitalIds: [await hospitalId(f.app.prisma, 'SMH')],
        startDate: new Date('2027-02-01'),
        endDate: new Date('2027-08-01'),
      }),
  },
  'cohorts.update': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.update.mutate({
        cohortId: await freshHospitalOneCohort(f.app.prisma),
        name: 'Harness cohort, renamed',
        description: 'Edited by the harness',
        hospitalIds: [await hospitalId(f.app.prisma, 'SMH')],
        startDate: new Date('2027-02-01'),
        endDate: new Date('2027-08-01'),
      }),
  },
  'cohorts.setStatus': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.setStatus.mutate({
        cohortId: await freshHospitalOneCohort(f.app.prisma),
        status: 'ACTIVE',
      }),
  },
  'cohorts.members': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.cohorts.members.query({ cohortId: await freshHospitalOneCohort(f.app.prisma) }),
  },
  'cohorts.addMembers': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.addMembers.mutate({
        cohortId: await freshHospitalOneCohort(f.app.prisma),
        role: 'MENTOR',
        capacity: 2,
        userIds: [await freshHospitalOnePerson(f.app.prisma)],
      }),
  },
  'cohorts.updateMember': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.updateMember.mutate({
        membershipId: await freshHospitalOneMembership(f.app.prisma),
        role: 'MENTOR',
        capacity: 1,
      }),
  },
  'cohorts.removeMember': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.removeMember.mutate({ membershipId: await freshHospitalOneMembership(f.app.prisma) }),
  },
  // ── hospitals and staff roles ──
  'hospitals.list': { allowed: STAFF, call: (c) => c.hospitals.list.query() },
  'hospitals.create': {
    allowed: ADMIN,
    call: (c) =>
      c.hospitals.create.mutate({
        name: 'Harness Regional',
        code: uniqueCode(),
        city: 'Dayton',
        state: 'OH',
        timeZone: 'America/New_York',
      }),
  },
  'hospitals.update': {
    allowed: ADMIN,
    call: async (c, f) => {
      const hospital = await freshHospital(f.app.prisma);
      return c.hospitals.update.mutate({
        hospitalId: hospital.id,
        code: hospital.code,
        name: 'Harness Regional, renamed',
        city: 'Akron',
        state: 'OH',
        timeZone: 'America/New_York',
      });
    },
  },
  'hospitals.setActive': {
    allowed: ADMIN,
    call: async (c, f) =>
      c.hospitals.setActive.mutate({ hospitalId: (await freshHospital(f.app.prisma)).id, active: false }),
  },
  'hospitals.staffRoles': { allowed: ADMIN, call: (c) => c.hospitals.staffRoles.query() },
  'hospitals.grantStaffRole': {
    allowed: ADMIN,
    call: async (c, f) =>
      c.hospitals.grantStaffRole.mutate({
        userId: await freshHospitalOnePerson(f.app.prisma),
        kind: 'COORDINATOR',
        hospitalIds: [await hospitalId(f.app.prisma, 'SMH')],
      }),
  },
  'hospitals.revokeStaffRole': {
    allowed: ADMIN,
    call: async (c, f) => c.hospitals.revokeStaffRole.mutate({ roleId: await freshStaffRole(f.app.prisma) }),
  },
  // ── audit ──
  'audit.list': { allowed: STAFF, call: (c) => c.audit.list.query({ page: 1, pageSize: 10 }) },
  // ── people ──
  'people.list': { allowed: STAFF, call: (c) => c.people.list.query({ page: 1, pageSize: 10 }) },
  // People of hospital 1: otherCoordinator administers PCH only, so is refused each one.
  'people.get': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.people.get.query({ personId: await f.app.userId(ACTOR_EMAILS.mentee) }),
  },
  'people.create': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.people.create.mutate({
        email: uniqueEmail('harness-new'),
        firstName: 'Harness',
        lastName: 'Newcomer',
        hospitalId: await hospitalId(f.app.prisma, 'SMH'),
        profile: SAMPLE_PROFILE,
      }),
  },
  'people.update': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.people.update.mutate({
        personId: await freshHospitalOnePerson(f.app.prisma),
        email: uniqueEmail('harness-edited'),
        firstName: 'Edited',
        lastName: 'Person',
        hospitalId: await hospitalId(f.app.prisma, 'SMH'),
        profile: SAMPLE_PROFILE,
      }),
  },
  'people.setActive': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.people.setActive.mutate({ personId: await freshHospitalOnePerson(f.app.prisma), active: false }),
  },
  'people.issueSetupLink': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.people.issueSetupLink.mutate({ personId: await freshHospitalOnePerson(f.app.prisma) }),
  },
  // ── invitations: hospital 1's people; otherCoordinator (PCH) is refused each one ──
  'invitations.invitePeople': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.invitations.invitePeople.mutate({ personIds: [await freshHospitalOnePerson(f.app.prisma)] }),
  },
  'invitations.inviteMatching': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => {
      const personId = await freshHospitalOnePerson(f.app.prisma);
      const { email } = await f.app.prisma.user.findUniqueOrThrow({ where: { id: personId } });
      return c.invitations.inviteMatching.mutate({
        hospitalId: await hospitalId(f.app.prisma, 'SMH'),
        search: email,
      });
    },
  },
  'invitations.inviteCohort': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => {
      const { cohortId } = await f.app.prisma.membership.findUniqueOrThrow({
        where: { id: await freshHospitalOneMembership(f.app.prisma) },
      });
      return c.invitations.inviteCohort.mutate({ cohortId });
    },
  },
  'invitations.resend': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.invitations.resend.mutate({ personId: await freshHospitalOnePerson(f.app.prisma) }),
  },
  'invitations.revoke': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => {
      const personId = await freshHospitalOnePerson(f.app.prisma);
      await f.app.prisma.passwordSetupToken.create({
        data: { id: `harness-${personId}`, userId: personId, expiresAt: new Date(Date.now() + 3_600_000) },
      });
      return c.invitations.revoke.mutate({ personId });
    },
  },
  'people.import': {
    allowed: HOSPITAL_ONE_STAFF,
    // Into a hospital-1 cohort; a coordinator importing another hospital's people is in people-admin tests.
    call: async (c, f) =>
      c.people.import.mutate({
        cohortId: await freshHospitalOneCohort(f.app.prisma),
        csv: `email,first_name,last_name,hospital,role,capacity\n${uniqueEmail('harness-import')},Im,Ported,SMH,mentor,2\n`,
      }),
  },
  'people.myProfile': { allowed: SIGNED_IN, call: (c) => c.people.myProfile.query() },
  'people.updateMyProfile': {
    allowed: SIGNED_IN,
    call: (c) => c.people.updateMyProfile.mutate(SAMPLE_PROFILE),
  },
};
