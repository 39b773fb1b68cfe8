import type { GoalStatus } from './goal-schemas.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const TWELVE_HOURS_MS = DAY_MS / 2;

function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * The earliest target date a new goal may have. The server does not know the mentee's time
 * zone, and "today" is still yesterday's date somewhere until UTC−12 catches up; accepting the
 * earliest date that is today anywhere means nobody is told their today is in the past.
 */
export function earliestTargetDate(now: Date): string {
  return dayOf(new Date(now.getTime() - TWELVE_HOURS_MS));
}

/** A sentence for the target date field, or null when the date may be set. */
export function targetDateProblem(targetDate: string | null, now: Date): string | null {
  if (targetDate === null) return null;
  return targetDate < earliestTargetDate(now) ? 'Choose a target date from today on.' : null;
}

/** An open goal whose target day is over (in the viewer's own today). */
export function isOverdue(goal: { status: GoalStatus; targetDate: string | null }, today: string): boolean {
  return goal.status === 'OPEN' && goal.targetDate !== null && goal.targetDate < today;
}

/** Today's calendar day in the viewer's own time zone (the browser's). */
export function localDay(now: Date): string {
  const offset = now.getTimezoneOffset() * 60 * 1000;
  return dayOf(new Date(now.getTime() - offset));
}
