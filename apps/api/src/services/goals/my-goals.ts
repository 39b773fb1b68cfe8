import type { GoalMentorOption, MyGoal } from '@preceptor/domain/goals/goal-schemas';
import { activeMenteeMatchesWhere } from '../access/goal-access.ts';
import type { ActorContext } from '../service-context.ts';
import { fromDbDay } from './goal-days.ts';

const mentorName = {
  mentor: { select: { user: { select: { firstName: true, lastName: true } } } },
} as const;

/** The owner's goals, the nearest target dates first and undated ones last. */
export async function listMyGoals(ctx: ActorContext): Promise<MyGoal[]> {
  const { db } = ctx;
  const ownerId = ctx.actor.userId;
  const goals = await db.goal.findMany({
    where: { ownerId },
    orderBy: [{ targetDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      targetDate: true,
      updatedAt: true,
      match: { select: { id: true, status: true, ...mentorName } },
    },
  });
  return goals.map((goal) => ({
    id: goal.id,
    title: goal.title,
    description: goal.description,
    status: goal.status,
    targetDate: fromDbDay(goal.targetDate),
    updatedAt: goal.updatedAt,
    sharedWith: goal.match
      ? {
          matchId: goal.match.id,
          mentorName: `${goal.match.mentor.user.firstName} ${goal.match.mentor.user.lastName}`,
          active: goal.match.status === 'ACTIVE',
        }
      : null,
  }));
}

/** The mentors a mentee may share a goal with. */
export async function listGoalMentorOptions(ctx: ActorContext): Promise<GoalMentorOption[]> {
  const { db } = ctx;
  const menteeId = ctx.actor.userId;
  const matches = await db.match.findMany({
    where: activeMenteeMatchesWhere(menteeId),
    orderBy: { activatedAt: 'asc' },
    select: { id: true, cohort: { select: { name: true } }, ...mentorName },
  });
  return matches.map((match) => ({
    matchId: match.id,
    mentorName: `${match.mentor.user.firstName} ${match.mentor.user.lastName}`,
    cohortName: match.cohort.name,
  }));
}
