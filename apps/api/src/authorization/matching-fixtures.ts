import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@preceptor/db';
import { ACTOR_EMAILS } from './actors.ts';

/*
 * Records for the matching rows of the authorization table. Changing calls (run, publish, end)
 * each get a small cohort of their own, so allowed actors never spoil the demo data for the
 * rows and tests that follow.
 */

/** The demo cohort that includes hospital 1 (SMH) — it also spans PCH, coordinator2's hospital. */
export async function hospitalOneCohortId(prisma: PrismaClient): Promise<string> {
  const cohort = await prisma.cohort.findFirstOrThrow({
    where: { hospitals: { some: { hospital: { code: 'SMH' } } } },
    select: { id: true },
  });
  return cohort.id;
}

export interface PairFixture {
  cohortId: string;
  menteeMembershipId: string;
  mentorMembershipId: string;
}

async function person(prisma: PrismaClient, hospitalId: string, years: number): Promise<string> {
  const user = await prisma.user.create({
    data: {
      email: `fixture-${randomUUID()}@preceptor.test`,
      firstName: 'Fixture',
      lastName: years > 5 ? 'Mentor' : 'Mentee',
      hospitalId,
      profile: {
        create: {
          profession: 'PERFUSION',
          specialty: 'ECMO',
          careerStage: years > 5 ? 'SENIOR' : 'EARLY_CAREER',
          yearsExperience: years,
          expertiseTags: ['ECMO management'],
          goalTags: ['ECMO management'],
          languages: ['English'],
        },
      },
    },
    select: { id: true },
  });
  return user.id;
}

/**
 * A fresh cohort at SMH and PCH (so the same staff may act on it as on hospital 1's cohort)
 * with one mentor and one mentee; `menteeUserId` makes an existing person the mentee.
 */
export async function freshPair(prisma: PrismaClient, menteeUserId?: string): Promise<PairFixture> {
  const hospitals = await prisma.hospital.findMany({
    where: { code: { in: ['SMH', 'PCH'] } },
    select: { id: true, code: true },
  });
  const smh = hospitals.find((h) => h.code === 'SMH')?.id as string;
  const cohort = await prisma.cohort.create({
    data: {
      name: `Fixture cohort ${randomUUID().slice(0, 8)}`,
      startDate: new Date('2026-09-01'),
      endDate: new Date('2027-06-30'),
      status: 'DRAFT',
      hospitals: { create: hospitals.map((h) => ({ hospitalId: h.id })) },
    },
    select: { id: true },
  });
  const mentor = await prisma.membership.create({
    data: { cohortId: cohort.id, userId: await person(prisma, smh, 12), role: 'MENTOR', capacity: 2 },
    select: { id: true },
  });
  const mentee = await prisma.membership.create({
    data: { cohortId: cohort.id, userId: menteeUserId ?? (await person(prisma, smh, 1)), role: 'MENTEE' },
    select: { id: true },
  });
  return { cohortId: cohort.id, menteeMembershipId: mentee.id, mentorMembershipId: mentor.id };
}

/** A fresh pair with an ACTIVE match between them. */
export async function freshActiveMatch(prisma: PrismaClient, menteeUserId?: string): Promise<string> {
  const pair = await freshPair(prisma, menteeUserId);
  const match = await prisma.match.create({
    data: { ...pair, status: 'ACTIVE', score: 80, factors: [], activatedAt: new Date() },
    select: { id: true },
  });
  return match.id;
}

/** The cohort in which this person is a mentee (the demo mentees are in exactly one). */
export async function menteeCohortId(prisma: PrismaClient, email: string): Promise<string> {
  const membership = await prisma.membership.findFirstOrThrow({
    where: { user: { email }, role: 'MENTEE', cohort: { name: { not: { startsWith: 'Fixture cohort' } } } },
    select: { cohortId: true },
  });
  return membership.cohortId;
}

/** The demo pair's active match: mentee@ mentored by mentor@. */
export async function demoPairMatchId(prisma: PrismaClient): Promise<string> {
  const match = await prisma.match.findFirstOrThrow({
    where: {
      status: 'ACTIVE',
      mentee: { user: { email: ACTOR_EMAILS.mentee } },
      mentor: { user: { email: ACTOR_EMAILS.mentor } },
    },
    select: { id: true },
  });
  return match.id;
}
