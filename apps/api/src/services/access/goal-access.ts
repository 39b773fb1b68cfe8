import type { Db, Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { GoalStatus } from '@preceptor/domain/goals/goal-schemas';

/*
 * A goal is its owner's. Anyone else — another mentee, a mentor, staff — gets NOT_FOUND for
 * owner actions, so they do not even learn that the id exists.
 */

const NOT_FOUND = 'We could not find that goal.';

export interface OwnGoal {
  id: string;
  status: GoalStatus;
  matchId: string | null;
  targetDate: Date | null;
}

export async function ownGoal(db: Db, ownerId: string, goalId: string): Promise<OwnGoal> {
  const goal = await db.goal.findUnique({
    where: { id: goalId },
    select: { id: true, ownerId: true, status: true, matchId: true, targetDate: true },
  });
  if (!goal || goal.ownerId !== ownerId) throw new DomainError('NOT_FOUND', NOT_FOUND);
  return { id: goal.id, status: goal.status, matchId: goal.matchId, targetDate: goal.targetDate };
}

/** The mentee's own active matches, as mentee: the only mentors a goal can be shared with. */
export function activeMenteeMatchesWhere(menteeId: string): Prisma.MatchWhereInput {
  return { status: 'ACTIVE', mentee: { userId: menteeId, active: true } };
}

/** Refuses a link to a match that is not one of the mentee's active ones, at the field. */
export async function assertShareableMatch(db: Db, menteeId: string, matchId: string): Promise<void> {
  const count = await db.match.count({ where: { id: matchId, ...activeMenteeMatchesWhere(menteeId) } });
  if (count === 0) {
    throw new DomainError('BAD_INPUT', 'That mentor is not one of your current mentors.', {
      fieldErrors: { matchId: ['Choose one of your current mentors, or keep the goal to yourself.'] },
    });
  }
}
