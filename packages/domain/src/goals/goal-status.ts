import { DomainError } from '../errors.ts';
import type { GoalStatus } from './goal-schemas.ts';

/*
 * An open goal is achieved or dropped; either can be reopened (a goal marked done by mistake,
 * or one taken up again). Done and dropped do not turn into each other directly: reopen first,
 * so the list never jumps a goal between two closed states on one misclick.
 */
const MOVES: Record<GoalStatus, readonly GoalStatus[]> = {
  OPEN: ['DONE', 'DROPPED'],
  DONE: ['OPEN'],
  DROPPED: ['OPEN'],
};

const REFUSALS: Record<GoalStatus, string> = {
  OPEN: 'This goal is already open.',
  DONE: 'Only an open goal can be marked achieved. Reopen it first.',
  DROPPED: 'Only an open goal can be dropped. Reopen it first.',
};

export function canChangeGoalStatus(from: GoalStatus, to: GoalStatus): boolean {
  return MOVES[from].includes(to);
}

/** The statuses a goal can move to from `from`, for the buttons a mentee is offered. */
export function nextGoalStatuses(from: GoalStatus): readonly GoalStatus[] {
  return MOVES[from];
}

/** Refuses a move the rules do not allow, in the mentee's words. */
export function assertGoalStatusChange(from: GoalStatus, to: GoalStatus): void {
  if (!canChangeGoalStatus(from, to)) {
    throw new DomainError('PRECONDITION_FAILED', REFUSALS[to], { from, to });
  }
}
