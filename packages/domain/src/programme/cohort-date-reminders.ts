import type { SettingsOf } from './module-reminders.ts';
import { daysBetween, isoDay } from './programme-days.ts';
import type { DueReminder } from './reminder-kinds.ts';

/** A member of an active cohort, with the cohort's dates. */
export interface CohortMember {
  userId: string;
  cohortId: string;
  startDate: Date;
  endDate: Date;
}

/** "Starting soon" within `cohortStartingDays` of the start, "ending soon" within `cohortEndingDays` of the end; once per date. */
export function cohortDateReminders<M extends CohortMember>(
  members: readonly M[],
  settingsOf: SettingsOf,
  now: Date,
): DueReminder<M>[] {
  const due: DueReminder<M>[] = [];
  for (const m of members) {
    const settings = settingsOf(m.cohortId);
    const toStart = daysBetween(now, m.startDate);
    const toEnd = daysBetween(now, m.endDate);
    if (settings.cohortStartingEnabled && toStart >= 0 && toStart <= settings.cohortStartingDays) {
      due.push({
        kind: 'cohort_starting',
        key: `cohort-starting:${m.cohortId}:${m.userId}:${isoDay(m.startDate)}`,
        userId: m.userId,
        cohortId: m.cohortId,
        subject: m,
      });
    }
    if (settings.cohortEndingEnabled && toEnd >= 0 && toEnd <= settings.cohortEndingDays) {
      due.push({
        kind: 'cohort_ending',
        key: `cohort-ending:${m.cohortId}:${m.userId}:${isoDay(m.endDate)}`,
        userId: m.userId,
        cohortId: m.cohortId,
        subject: m,
      });
    }
  }
  return due;
}
