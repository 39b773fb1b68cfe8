import { DomainError } from '@preceptor/domain/errors';
import { targetDateProblem } from '@preceptor/domain/goals/goal-dates';
import type {
  ChangeGoalStatusInput,
  CreateGoalInput,
  UpdateGoalInput,
} from '@preceptor/domain/goals/goal-schemas';
import { assertGoalStatusChange } from '@preceptor/domain/goals/goal-status';
import type { z } from 'zod';
import { assertShareableMatch, ownGoal } from '../access/goal-access.ts';
import type { ActorContext } from '../service-context.ts';
import { fromDbDay, toDbDay } from './goal-days.ts';

type CreateInput = z.output<typeof CreateGoalInput>;
type UpdateInput = z.output<typeof UpdateGoalInput>;

/*
 * Goals are the mentee's own planning, not a match, role or cohort change, so (as the audit-log
 * rules in product.md read) they are not written to the audit log.
 */

function assertTargetDate(targetDate: string | null, now: Date): void {
  const problem = targetDateProblem(targetDate, now);
  if (problem) {
    throw new DomainError('BAD_INPUT', problem, { fieldErrors: { targetDate: [problem] } });
  }
}

export async function createGoal(ctx: ActorContext, input: CreateInput): Promise<{ id: string }> {
  const { db } = ctx;
  const ownerId = ctx.actor.userId;
  const now = ctx.clock.now();
  assertTargetDate(input.targetDate, now);
  if (input.matchId !== null) await assertShareableMatch(db, ownerId, input.matchId);
  return db.goal.create({
    data: {
      ownerId,
      title: input.title,
      description: input.description,
      targetDate: toDbDay(input.targetDate),
      matchId: input.matchId,
    },
    select: { id: true },
  });
}

/**
 * An overdue goal keeps its past date through an edit of its title; only a newly chosen date
 * must be from today on. Likewise a link to a since-ended match may stay (the mentor no longer
 * sees it), but a new link must be to a current mentor.
 */
export async function updateGoal(ctx: ActorContext, input: UpdateInput): Promise<{ id: string }> {
  const { db } = ctx;
  const ownerId = ctx.actor.userId;
  const now = ctx.clock.now();
  const goal = await ownGoal(db, ownerId, input.goalId);
  if (input.targetDate !== fromDbDay(goal.targetDate)) assertTargetDate(input.targetDate, now);
  if (input.matchId !== null && input.matchId !== goal.matchId) {
    await assertShareableMatch(db, ownerId, input.matchId);
  }
  return db.goal.update({
    where: { id: goal.id },
    data: {
      title: input.title,
      description: input.description,
      targetDate: toDbDay(input.targetDate),
      matchId: input.matchId,
    },
    select: { id: true },
  });
}

export async function changeGoalStatus(
  ctx: ActorContext,
  input: ChangeGoalStatusInput,
): Promise<{ id: string; status: ChangeGoalStatusInput['status'] }> {
  const { db } = ctx;
  const ownerId = ctx.actor.userId;
  const goal = await ownGoal(db, ownerId, input.goalId);
  assertGoalStatusChange(goal.status, input.status);
  // The status in the WHERE makes a racing change from another tab lose cleanly.
  const updated = await db.goal.updateMany({
    where: { id: goal.id, status: goal.status },
    data: { status: input.status },
  });
  if (updated.count === 0) {
    throw new DomainError('CONFLICT', 'This goal was changed in another tab. Reload to see it.');
  }
  return { id: goal.id, status: input.status };
}

export async function deleteGoal(ctx: ActorContext, input: { goalId: string }): Promise<{ id: string }> {
  const { db } = ctx;
  const ownerId = ctx.actor.userId;
  const { goalId } = input;
  const goal = await ownGoal(db, ownerId, goalId);
  await db.goal.delete({ where: { id: goal.id } });
  return { id: goal.id };
}
