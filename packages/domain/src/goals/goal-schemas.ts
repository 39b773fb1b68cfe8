import { z } from 'zod';

export const GoalStatus = z.enum(['OPEN', 'DONE', 'DROPPED']);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const MAX_GOAL_TITLE = 200;
export const MAX_GOAL_DESCRIPTION = 2000;

const Title = z
  .string()
  .trim()
  .min(1, 'Give the goal a title.')
  .max(MAX_GOAL_TITLE, `Keep the title under ${MAX_GOAL_TITLE} characters.`);

/** Blank means "no description": stored as null, so an emptied field clears it. */
const Description = z
  .string()
  .trim()
  .max(MAX_GOAL_DESCRIPTION, `Keep the description under ${MAX_GOAL_DESCRIPTION} characters.`)
  .nullable()
  .transform((value) => (value ? value : null));

/**
 * A calendar day, `YYYY-MM-DD`. A goal's date is a day, not an instant: a string keeps it the
 * same day for a mentee and a mentor in different time zones.
 */
export const CalendarDay = z.iso.date('Enter the date as YYYY-MM-DD.');

/** The fields a mentee writes; the match links the goal to (shares it with) that mentor. */
export const GoalFields = z.object({
  title: Title,
  description: Description,
  targetDate: CalendarDay.nullable(),
  matchId: z.uuid('Choose one of your mentors.').nullable(),
});
export type GoalFields = z.input<typeof GoalFields>;

export const CreateGoalInput = GoalFields;
export type CreateGoalInput = z.input<typeof CreateGoalInput>;

export const GoalRef = z.object({ goalId: z.uuid('That is not a goal id.') });
export type GoalRef = z.infer<typeof GoalRef>;

export const UpdateGoalInput = GoalFields.extend(GoalRef.shape);
export type UpdateGoalInput = z.input<typeof UpdateGoalInput>;

export const ChangeGoalStatusInput = GoalRef.extend({ status: GoalStatus });
export type ChangeGoalStatusInput = z.infer<typeof ChangeGoalStatusInput>;

export const GoalsOfMatchInput = z.object({ matchId: z.uuid('That is not a match id.') });
export type GoalsOfMatchInput = z.infer<typeof GoalsOfMatchInput>;

/** The mentor a goal is shared with, through one of the mentee's matches. */
export const GoalMentor = z.object({ matchId: z.string(), mentorName: z.string(), active: z.boolean() });
export type GoalMentor = z.infer<typeof GoalMentor>;

/** What the owner sees of their own goal. */
export const MyGoal = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  status: GoalStatus,
  targetDate: CalendarDay.nullable(),
  sharedWith: GoalMentor.nullable(),
  updatedAt: z.date(),
});
export type MyGoal = z.infer<typeof MyGoal>;

/** What a mentor sees of a goal shared with them: no owner-only bookkeeping. */
export const SharedGoal = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  status: GoalStatus,
  targetDate: CalendarDay.nullable(),
});
export type SharedGoal = z.infer<typeof SharedGoal>;

/** A mentor the mentee may share a goal with: one of their own active matches. */
export const GoalMentorOption = z.object({
  matchId: z.string(),
  mentorName: z.string(),
  cohortName: z.string(),
});
export type GoalMentorOption = z.infer<typeof GoalMentorOption>;
