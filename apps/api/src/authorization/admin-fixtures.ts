import type { PrismaClient } from '@preceptor/db';
import type { ProfileFields } from '@preceptor/domain/people/person-schemas';
import { generateSessionToken, hashToken } from '../auth/session-token.ts';

/*
 * Fresh records at hospital 1 (SMH, which `coordinator` coordinates and `otherCoordinator` does
 * not) for the administration rows: each allowed call changes its own records, so the order in
 * which the harness runs actors never matters.
 */

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function hospitalId(prisma: PrismaClient, code: 'SMH' | 'LUH' | 'PCH'): Promise<string> {
  return (await prisma.hospital.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

export async function freshHospitalOnePerson(prisma: PrismaClient): Promise<string> {
  const person = await prisma.user.create({
    data: {
      email: `admin-fixture-${unique()}@stmarys.example`,
      firstName: 'Fixture',
      lastName: 'Person',
      hospitalId: await hospitalId(prisma, 'SMH'),
    },
    select: { id: true },
  });
  return person.id;
}

export async function freshHospitalOneCohort(prisma: PrismaClient): Promise<string> {
  const cohort = await prisma.cohort.create({
    data: {
      name: `Fixture cohort ${unique()}`,
      startDate: new Date('2027-01-04'),
      endDate: new Date('2027-06-30'),
      hospitals: { create: [{ hospitalId: await hospitalId(prisma, 'SMH') }] },
    },
    select: { id: true },
  });
  return cohort.id;
}

export async function freshHospitalOneMembership(prisma: PrismaClient): Promise<string> {
  const membership = await prisma.membership.create({
    data: {
      cohortId: await freshHospitalOneCohort(prisma),
      userId: await freshHospitalOnePerson(prisma),
      role: 'MENTEE',
    },
    select: { id: true },
  });
  return membership.id;
}

export async function freshHospital(prisma: PrismaClient): Promise<{ id: string; code: string }> {
  const code = `F${unique().slice(-8).toUpperCase()}`;
  return prisma.hospital.create({
    data: {
      name: `Fixture Hospital ${code}`,
      code,
      city: 'Dayton',
      state: 'OH',
      timeZone: 'America/New_York',
    },
    select: { id: true, code: true },
  });
}

export async function freshStaffRole(prisma: PrismaClient): Promise<string> {
  const role = await prisma.staffRole.create({
    data: {
      userId: await freshHospitalOnePerson(prisma),
      kind: 'COORDINATOR',
      hospitalId: await hospitalId(prisma, 'SMH'),
    },
    select: { id: true },
  });
  return role.id;
}

/** A new person's unspent set-password token (the link's secret). */
export async function freshSetupToken(prisma: PrismaClient): Promise<string> {
  const token = generateSessionToken();
  await prisma.passwordSetupToken.create({
    data: {
      id: hashToken(token),
      userId: await freshHospitalOnePerson(prisma),
      expiresAt: new Date(Date.now() + 60 * 60 * 1000),
    },
  });
  return token;
}

export const SAMPLE_PROFILE: ProfileFields = {
  profession: 'PERFUSION',
  specialty: 'Adult cardiac',
  careerStage: 'EARLY_CAREER',
  yearsExperience: 3,
  expertiseTags: [],
  goalTags: ['ECMO'],
  languages: ['English'],
  remoteOk: true,
  monthlyAvailabilityHours: 4,
  bio: null,
};

export const uniqueEmail = (prefix: string) => `${prefix}-${unique()}@stmarys.example`;
export const uniqueCode = () => `Q${unique().slice(-7).toUpperCase()}`;
