import { DomainError } from '@preceptor/domain/errors';
import type { SharedGoal } from '@preceptor/domain/goals/goal-schemas';
import type { ActorContext } from '../service-context.ts';
import { fromDbDay } from './goal-days.ts';

/*
 * Least privilege: a mentor sees only the goals the mentee linked to their match with this
 * mentor — linking is how a mentee shares a goal, as sharing is for a reflection — and only
 * while the match is active. A mentee's unlinked goals, or those linked to another mentor,
 * stay theirs. Anyone else asking about the match gets NOT_FOUND.
 */
export async function listGoalsOfMatch(ctx: ActorContext, input: { matchId: string }): Promise<SharedGoal[]> {
  const { db } = ctx;
  const mentorId = ctx.actor.userId;
  const { matchId } = input;
  const match = await db.match.findFirst({
    where: { id: matchId, status: 'ACTIVE', mentor: { userId: mentorId } },
    select: { mentee: { select: { userId: true } } },
  });
  if (!match) throw new DomainError('NOT_FOUND', 'We could not find that match among your mentees.');
  const goals = await db.goal.findMany({
    where: { matchId, ownerId: match.mentee.userId },
    orderBy: [{ targetDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: { id: true, title: true, description: true, status: true, targetDate: true },
  });
  return goals.map((goal) => ({ ...goal, targetDate: fromDbDay(goal.targetDate) }));
}
