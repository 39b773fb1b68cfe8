import {
  ChangeGoalStatusInput,
  CreateGoalInput,
  GoalMentorOption,
  GoalRef,
  GoalStatus,
  GoalsOfMatchInput,
  MyGoal,
  SharedGoal,
  UpdateGoalInput,
} from '@preceptor/domain/goals/goal-schemas';
import { z } from 'zod';
import { changeGoalStatus, createGoal, deleteGoal, updateGoal } from '../services/goals/manage-goals.ts';
import { listGoalMentorOptions, listMyGoals } from '../services/goals/my-goals.ts';
import { listGoalsOfMatch } from '../services/goals/shared-goals.ts';
import { router } from '../trpc/init.ts';
import { menteeProcedure, mentorProcedure } from '../trpc/procedures.ts';

const GoalId = z.object({ id: z.string() });

/*
 * A mentee's goals are theirs to write; a mentor reads those shared with their active match.
 * Staff have no goal procedure: goal text is between mentee and mentor.
 */
export const goalsRouter = router({
  mine: menteeProcedure.output(z.array(MyGoal)).query(({ ctx }) => listMyGoals(ctx)),
  mentorOptions: menteeProcedure
    .output(z.array(GoalMentorOption))
    .query(({ ctx }) => listGoalMentorOptions(ctx)),
  create: menteeProcedure
    .input(CreateGoalInput)
    .output(GoalId)
    .mutation(({ ctx, input }) => createGoal(ctx, input)),
  update: menteeProcedure
    .input(UpdateGoalInput)
    .output(GoalId)
    .mutation(({ ctx, input }) => updateGoal(ctx, input)),
  changeStatus: menteeProcedure
    .input(ChangeGoalStatusInput)
    .output(GoalId.extend({ status: GoalStatus }))
    .mutation(({ ctx, input }) => changeGoalStatus(ctx, input)),
  delete: menteeProcedure
    .input(GoalRef)
    .output(GoalId)
    .mutation(({ ctx, input }) => deleteGoal(ctx, input)),

  ofMatch: mentorProcedure
    .input(GoalsOfMatchInput)
    .output(z.array(SharedGoal))
    .query(({ ctx, input }) => listGoalsOfMatch(ctx, input)),
});
