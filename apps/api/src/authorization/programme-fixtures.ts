import type { PrismaClient } from '@preceptor/db';
import { ACTOR_EMAILS } from './actors.ts';
import { freshActiveMatch } from './matching-fixtures.ts';

/*
 * Check-ins for the programme rows: each on a fresh active match (cohort at SMH and PCH) whose
 * mentee is the demo mentee@, so only mentee@ may read or answer it — the mentor of the match,
 * staff and network admins included are refused.
 */

async function demoMenteeId(prisma: PrismaClient): Promise<string> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { email: ACTOR_EMAILS.mentee },
    select: { id: true },
  });
  return user.id;
}

/** An open 30-day check-in of mentee@ on a fresh match. */
export async function freshOpenCheckIn(prisma: PrismaClient): Promise<string> {
  const userId = await demoMenteeId(prisma);
  const matchId = await freshActiveMatch(prisma, userId);
  const checkIn = await prisma.checkIn.create({
    data: { matchId, userId, role: 'MENTEE', occasion: 'DAY_30', openedAt: new Date() },
    select: { id: true },
  });
  return checkIn.id;
}

/**
 * An open concern raised by a fresh hospital-1 (SMH) mentee: their coordinator and admins see
 * it; the coordinator of PCH, though the cohort spans PCH, does not see SMH's people.
 */
export async function freshConcern(prisma: PrismaClient): Promise<string> {
  const matchId = await freshActiveMatch(prisma);
  const match = await prisma.match.findUniqueOrThrow({
    where: { id: matchId },
    select: { cohortId: true, mentee: { select: { userId: true } } },
  });
  const concern = await prisma.checkInConcern.create({
    data: {
      cohortId: match.cohortId,
      raisedAt: new Date(),
      checkIn: {
        create: {
          matchId,
          userId: match.mentee.userId,
          role: 'MENTEE',
          occasion: 'DAY_30',
          openedAt: new Date(),
          answeredAt: new Date(),
          satisfaction: 2,
          meetingFrequency: 'NOT_YET',
          working: 'NO',
        },
      },
    },
    select: { id: true },
  });
  return concern.id;
}
