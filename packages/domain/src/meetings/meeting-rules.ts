import type { MeetingTotals } from './meeting-schemas.ts';

const START_DAY_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Why a meeting at this time cannot belong to a match that started at `startedAt`, or null when
 * it can. The start is only known with the match, so this is not part of the input schema.
 */
export function meetingTimeProblem(occurredAt: Date, startedAt: Date): string | null {
  // A pair often meets on the day their match is published, before the moment it was
  // published; the server does not know the pair's time zone, so the grace is a whole day.
  if (occurredAt.getTime() < startedAt.getTime() - START_DAY_GRACE_MS) {
    return 'This meeting is dated before your match started.';
  }
  return null;
}

/** The pair's totals: how many meetings and how many minutes in all. */
export function meetingTotals(meetings: readonly { durationMinutes: number }[]): MeetingTotals {
  return {
    meetings: meetings.length,
    minutes: meetings.reduce((sum, meeting) => sum + meeting.durationMinutes, 0),
  };
}

/** "3 h 45 min", "45 min", "2 h": totals read better in hours once they pass one. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
