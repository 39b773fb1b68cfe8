import type { GoalStatus } from '@preceptor/domain/goals/goal-schemas';
import dayjs from 'dayjs';

export const STATUS_HEADINGS: Record<GoalStatus, string> = {
  OPEN: 'Open goals',
  DONE: 'Achieved',
  DROPPED: 'Dropped',
};

/** The button that moves a goal to this status. */
export const MOVE_LABELS: Record<GoalStatus, string> = {
  OPEN: 'Reopen',
  DONE: 'Mark achieved',
  DROPPED: 'Drop',
};

/** "15 Mar 2027". dayjs reads a bare YYYY-MM-DD as a local day, so no time zone shifts it. */
export function formatDay(day: string): string {
  return dayjs(day).format('D MMM YYYY');
}
