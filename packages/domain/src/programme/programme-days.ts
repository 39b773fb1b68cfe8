/** Calendar arithmetic for the programme rules, in whole UTC days. */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of the day `at` falls on. */
export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/** Whole days from `from`'s day to `to`'s day (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  // UTC days have no leap seconds or DST, so day numbers are plain division (no Date per call).
  return Math.floor(to.getTime() / DAY_MS) - Math.floor(from.getTime() / DAY_MS);
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** `2027-03-05`: a day in keys and emails. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** ISO 8601 week, e.g. `2027-W09`: the period of weekly digests. */
export function isoWeek(at: Date): string {
  const day = startOfUtcDay(at);
  const weekday = day.getUTCDay() || 7;
  const thursday = addDays(day, 4 - weekday);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Reminders about modules, reviews and meetings stop once the cohort's last day is over: a
 * finished programme does not keep nudging people while staff have not closed it yet.
 */
export function cohortIsRunning(cohortEnd: Date, now: Date): boolean {
  return daysBetween(now, cohortEnd) >= 0;
}
