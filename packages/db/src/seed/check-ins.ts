import type { Prisma } from '../generated/prisma/client.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CheckInSeedInput {
  pairMatchId: string;
  mentee: string;
  mentor: string;
}

/**
 * The demo pair's 30-day check-in, open for both of them, so a newcomer signing in as the demo
 * mentee or mentor finds one to answer (the daily scan opens later ones on its own).
 */
export async function seedCheckIns(tx: Prisma.TransactionClient, input: CheckInSeedInput): Promise<number> {
  const match = await tx.match.findUniqueOrThrow({
    where: { id: input.pairMatchId },
    select: { activatedAt: true },
  });
  const openedAt = new Date((match.activatedAt ?? new Date()).getTime() + 30 * DAY_MS);
  const { count } = await tx.checkIn.createMany({
    data: [
      { matchId: input.pairMatchId, userId: input.mentee, role: 'MENTEE', occasion: 'DAY_30', openedAt },
      { matchId: input.pairMatchId, userId: input.mentor, role: 'MENTOR', occasion: 'DAY_30', openedAt },
    ],
  });
  return count;
}
