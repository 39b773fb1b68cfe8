import type { PrismaClient } from '@preceptor/db';
import { ACTOR_EMAILS, type ActorName } from './actors.ts';
import { demoPairMatchId } from './matching-fixtures.ts';

/**
 * A meeting of the demo pair logged by the acting person when they are one of the pair (so
 * they may change it), otherwise by the mentee (so everyone else is refused someone else's).
 */
export async function freshMeetingOf(prisma: PrismaClient, actor: ActorName): Promise<string> {
  const email = actor === 'mentor' ? ACTOR_EMAILS.mentor : ACTOR_EMAILS.mentee;
  const logger = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const meeting = await prisma.meeting.create({
    data: {
      matchId: await demoPairMatchId(prisma),
      loggedById: logger.id,
      occurredAt: new Date(Date.now() - 24 * 60 * 60 * 1000),
      durationMinutes: 30,
      notes: 'A meeting for the harness',
    },
    select: { id: true },
  });
  return meeting.id;
}
