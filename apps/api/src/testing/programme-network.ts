import type { PrismaClient } from '@preceptor/db';
import type { Actor } from '@preceptor/domain/permissions/actor';

/*
 * A small programme for the scan tests: one hospital with a coordinator, an active cohort with
 * one module due on 10 Feb 2027, a mentor and a mentee matched on 5 Jan 2027, and a reflection
 * the mentee shared on 1 Feb 2027. Everything is named uniquely, so tests may build several.
 */

export interface TestNetwork {
  hospitalId: string;
  cohortId: string;
  coordinator: Actor;
  mentorId: string;
  menteeId: string;
  matchId: string;
  reflectionId: string;
  curriculumItemId: string;
}

const tag = () => crypto.randomUUID().slice(0, 8);

export async function person(prisma: PrismaClient, hospitalId: string, firstName: string): Promise<string> {
  const user = await prisma.user.create({
    data: {
      email: `${firstName.toLowerCase()}-${tag()}@programme.test`,
      firstName,
      lastName: 'Tester',
      hospitalId,
    },
    select: { id: true },
  });
  return user.id;
}

export async function buildNetwork(prisma: PrismaClient): Promise<TestNetwork> {
  const t = tag();
  const hospital = await prisma.hospital.create({
    data: { name: `Programme Hospital ${t}`, code: `P${t}`, city: 'Dayton', state: 'OH', timeZone: 'UTC' },
    select: { id: true },
  });
  const coordinatorId = await person(prisma, hospital.id, 'Kim');
  await prisma.staffRole.create({
    data: { userId: coordinatorId, kind: 'COORDINATOR', hospitalId: hospital.id },
  });
  const mentorId = await person(prisma, hospital.id, 'Mona');
  const menteeId = await person(prisma, hospital.id, 'Eli');
  const cohort = await prisma.cohort.create({
    data: {
      name: `Spring ${t}`,
      startDate: new Date('2027-01-04'),
      endDate: new Date('2027-06-30'),
      status: 'ACTIVE',
      hospitals: { create: [{ hospitalId: hospital.id }] },
    },
    select: { id: true },
  });
  const mentor = await prisma.membership.create({
    data: { cohortId: cohort.id, userId: mentorId, role: 'MENTOR', capacity: 2 },
    select: { id: true },
  });
  const mentee = await prisma.membership.create({
    data: { cohortId: cohort.id, userId: menteeId, role: 'MENTEE' },
    select: { id: true },
  });
  const match = await prisma.match.create({
    data: {
      cohortId: cohort.id,
      mentorMembershipId: mentor.id,
      menteeMembershipId: mentee.id,
      status: 'ACTIVE',
      score: 80,
      factors: [],
      activatedAt: new Date('2027-01-05T10:00:00Z'),
    },
    select: { id: true },
  });
  const module = await prisma.module.create({
    data: {
      slug: `consent-${t}`,
      versions: {
        create: [
          {
            version: 1,
            status: 'PUBLISHED',
            title: 'Informed consent',
            summary: 'Consent',
            competencies: [],
            estimatedMinutes: 30,
            ceHours: 0.5,
          },
        ],
      },
    },
    select: { id: true },
  });
  const item = await prisma.curriculumItem.create({
    data: { cohortId: cohort.id, moduleId: module.id, position: 1, dueAt: new Date('2027-02-10T17:00:00Z') },
    select: { id: true },
  });
  const reflection = await prisma.reflection.create({
    data: {
      authorId: menteeId,
      title: 'SECRET TITLE about a hard night',
      body: '<p>SECRET BODY</p>',
      status: 'SHARED',
      sharedAt: new Date('2027-02-01T09:00:00Z'),
      shares: { create: [{ mentorId, version: 1, sharedAt: new Date('2027-02-01T09:00:00Z') }] },
    },
    select: { id: true },
  });
  return {
    hospitalId: hospital.id,
    cohortId: cohort.id,
    coordinator: { userId: coordinatorId, isNetworkAdmin: false, coordinatedHospitalIds: [hospital.id] },
    mentorId,
    menteeId,
    matchId: match.id,
    reflectionId: reflection.id,
    curriculumItemId: item.id,
  };
}
