import type { CheckInOccasion } from './check-in-schemas.ts';
import type { SettingsOf } from './module-reminders.ts';
import { addDays } from './programme-days.ts';

/** The end-of-cohort check-in opens this many days before the end date. */
export const END_CHECK_IN_LEAD_DAYS = 7;
/** A check-in not opened within this many days of its date (a long pause of the scans) is skipped. */
export const CHECK_IN_GRACE_DAYS = 21;

/** An active match with what its check-ins are timed from. */
export interface CheckInMatch {
  matchId: string;
  cohortId: string;
  mentorId: string;
  menteeId: string;
  activatedAt: Date;
  cohortEnd: Date;
}

export interface DueCheckIn {
  matchId: string;
  cohortId: string;
  userId: string;
  role: 'MENTOR' | 'MENTEE';
  occasion: CheckInOccasion;
}

/**
 * Which check-ins are open on `now`: at 30 and 90 days after the match started, and from a week
 * before the cohort ends; mentor and mentee each get their own. A 30- or 90-day check-in that
 * would fall in the end window is left to the end one. Opening an already open check-in is
 * harmless: the scan stores each (match, person, occasion) once.
 */
export function dueCheckIns(
  matches: readonly CheckInMatch[],
  settingsOf: SettingsOf,
  now: Date,
): DueCheckIn[] {
  const due: DueCheckIn[] = [];
  for (const m of matches) {
    if (!settingsOf(m.cohortId).checkInsEnabled) continue;
    const endOpens = addDays(m.cohortEnd, -END_CHECK_IN_LEAD_DAYS);
    const dates: [CheckInOccasion, Date][] = [
      ['DAY_30', addDays(m.activatedAt, 30)],
      ['DAY_90', addDays(m.activatedAt, 90)],
    ];
    const occasions = dates.filter(([, at]) => at < endOpens);
    if (m.activatedAt <= endOpens) occasions.push(['COHORT_END', endOpens]);
    for (const [occasion, at] of occasions) {
      if (now < at || now >= addDays(at, CHECK_IN_GRACE_DAYS)) continue;
      due.push({ matchId: m.matchId, cohortId: m.cohortId, userId: m.mentorId, role: 'MENTOR', occasion });
      due.push({ matchId: m.matchId, cohortId: m.cohortId, userId: m.menteeId, role: 'MENTEE', occasion });
    }
  }
  return due;
}
