import { cohortIsRunning, daysBetween, isoDay, isoWeek } from './programme-days.ts';
import type { ProgrammeSettings } from './programme-settings.ts';
import type { DueReminder } from './reminder-kinds.ts';

/** A module a mentee has not completed, with its cohort's due date. */
export interface OpenAssignment {
  userId: string;
  cohortId: string;
  curriculumItemId: string;
  dueAt: Date;
  /** The cohort's last day: nothing is reminded after it. */
  cohortEnd: Date;
}

export type SettingsOf = (cohortId: string) => ProgrammeSettings;

/**
 * Module due soon (within `moduleDueDays`, once per due date) and overdue (from the due time,
 * again every `moduleOverdueDays` while it stays undone), while the cohort runs. Completed
 * modules never reach here.
 */
export function moduleReminders<A extends OpenAssignment>(
  assignments: readonly A[],
  settingsOf: SettingsOf,
  now: Date,
): DueReminder<A>[] {
  const due: DueReminder<A>[] = [];
  for (const a of assignments) {
    if (!cohortIsRunning(a.cohortEnd, now)) continue;
    const settings = settingsOf(a.cohortId);
    const base = `${a.curriculumItemId}:${a.userId}:${isoDay(a.dueAt)}`;
    if (now < a.dueAt) {
      if (settings.moduleDueEnabled && daysBetween(now, a.dueAt) <= settings.moduleDueDays) {
        due.push({
          kind: 'module_due',
          key: `module-due:${base}`,
          userId: a.userId,
          cohortId: a.cohortId,
          subject: a,
        });
      }
    } else if (settings.moduleOverdueEnabled) {
      const period = Math.floor(daysBetween(a.dueAt, now) / settings.moduleOverdueDays);
      due.push({
        kind: 'module_overdue',
        key: `module-overdue:${base}:${period}`,
        userId: a.userId,
        cohortId: a.cohortId,
        subject: a,
      });
    }
  }
  return due;
}

/** An overdue module of a mentee at a hospital this coordinator coordinates. */
export interface OverdueForCoordinator extends OpenAssignment {
  coordinatorId: string;
}

/** The weekly list, for one coordinator and one cohort, of their hospitals' overdue mentees. */
export interface OverdueDigest<Row extends OverdueForCoordinator = OverdueForCoordinator> {
  coordinatorId: string;
  cohortId: string;
  items: Row[];
}

/** One digest a week per coordinator and cohort (the ISO week is the period), while any are overdue. */
export function overdueDigests<Row extends OverdueForCoordinator>(
  rows: readonly Row[],
  settingsOf: SettingsOf,
  now: Date,
): DueReminder<OverdueDigest<Row>>[] {
  const week = isoWeek(now);
  const digests = new Map<string, DueReminder<OverdueDigest<Row>>>();
  for (const row of rows) {
    if (
      row.dueAt > now ||
      !cohortIsRunning(row.cohortEnd, now) ||
      !settingsOf(row.cohortId).overdueDigestEnabled
    ) {
      continue;
    }
    const key = `overdue-digest:${row.cohortId}:${row.coordinatorId}:${week}`;
    let digest = digests.get(key);
    if (!digest) {
      digest = {
        kind: 'overdue_digest',
        key,
        userId: row.coordinatorId,
        cohortId: row.cohortId,
        subject: { coordinatorId: row.coordinatorId, cohortId: row.cohortId, items: [] },
      };
      digests.set(key, digest);
    }
    digest.subject.items.push(row);
  }
  return [...digests.values()];
}
