import type { PrismaClient } from '@preceptor/db';
import { ACTOR_EMAILS } from './actors.ts';
import { demoPairMatchId } from './matching-fixtures.ts';

/** A goal title only the harness writes, to search responses for. */
export const PRIVATE_GOAL_TITLE = 'Stop freezing when the pump alarm sounds';

/**
 * A new open goal of mentee@'s for one harness call, so an edit or delete in one row never
 * changes what another row sees; `shared` links it to the match with mentor@.
 */
export async function freshGoal(prisma: PrismaClient, options: { shared?: boolean } = {}): Promise<string> {
  const owner = await prisma.user.findUniqueOrThrow({
    where: { email: ACTOR_EMAILS.mentee },
    select: { id: true },
  });
  const goal = await prisma.goal.create({
    data: {
      ownerId: owner.id,
      title: PRIVATE_GOAL_TITLE,
      description: 'Rehearse the alarm checklist aloud before each case.',
      targetDate: new Date('2027-03-01T00:00:00Z'),
      matchId: options.shared ? await demoPairMatchId(prisma) : null,
    },
    select: { id: true },
  });
  return goal.id;
}
