import type { SettingsOf } from './module-reminders.ts';
import { cohortIsRunning, daysBetween, isoDay } from './programme-days.ts';
import type { DueReminder } from './reminder-kinds.ts';

/** A reflection shared with a mentor and not reviewed yet (the version they were given). */
export interface WaitingReview {
  reflectionId: string;
  mentorId: string;
  menteeId: string;
  cohortId: string;
  shareVersion: number;
  sharedAt: Date;
  /** The cohort's last day: nothing is reminded after it. */
  cohortEnd: Date;
}

/** The mentor, once per shared version, after `reviewWaitingDays`. */
export function reviewWaitingReminders<W extends WaitingReview>(
  waiting: readonly W[],
  settingsOf: SettingsOf,
  now: Date,
): DueReminder<W>[] {
  return waiting.flatMap((w) => {
    const settings = settingsOf(w.cohortId);
    if (!cohortIsRunning(w.cohortEnd, now)) return [];
    if (!settings.reviewWaitingEnabled || daysBetween(w.sharedAt, now) < settings.reviewWaitingDays)
      return [];
    return [
      {
        kind: 'review_waiting' as const,
        key: `review-waiting:${w.reflectionId}:${w.mentorId}:${w.shareVersion}`,
        userId: w.mentorId,
        cohortId: w.cohortId,
        subject: w,
      },
    ];
  });
}

/** A waiting review seen by one coordinator of the mentee's hospital. */
export interface WaitingReviewForCoordinator extends WaitingReview {
  coordinatorId: string;
}

/** Then the coordinators, once per shared version, after `reviewEscalationDays`. */
export function reviewEscalations<W extends WaitingReviewForCoordinator>(
  waiting: readonly W[],
  settingsOf: SettingsOf,
  now: Date,
): DueReminder<W>[] {
  return waiting.flatMap((w) => {
    const settings = settingsOf(w.cohortId);
    if (!cohortIsRunning(w.cohortEnd, now)) return [];
    if (!settings.reviewEscalationEnabled || daysBetween(w.sharedAt, now) < settings.reviewEscalationDays) {
      return [];
    }
    return [
      {
        kind: 'review_escalation' as const,
        key: `review-escalation:${w.reflectionId}:${w.mentorId}:${w.shareVersion}:${w.coordinatorId}`,
        userId: w.coordinatorId,
        cohortId: w.cohortId,
        subject: w,
      },
    ];
  });
}

/** An active match and when its people last met (its activation when they never logged one). */
export interface QuietMatch {
  matchId: string;
  cohortId: string;
  mentorId: string;
  menteeId: string;
  since: Date;
  /** The cohort's last day: nothing is reminded after it. */
  cohortEnd: Date;
}

/**
 * Both people, after `meetingGapDays` without a meeting, and again at each further multiple;
 * a newly logged meeting moves `since` and starts the count again.
 */
export function meetingGapReminders<M extends QuietMatch>(
  matches: readonly M[],
  settingsOf: SettingsOf,
  now: Date,
): DueReminder<M>[] {
  return matches.flatMap((m) => {
    const settings = settingsOf(m.cohortId);
    const days = daysBetween(m.since, now);
    if (!cohortIsRunning(m.cohortEnd, now)) return [];
    if (!settings.meetingGapEnabled || days < settings.meetingGapDays) return [];
    const period = `${isoDay(m.since)}:${Math.floor(days / settings.meetingGapDays)}`;
    return [m.mentorId, m.menteeId].map((userId) => ({
      kind: 'meeting_gap' as const,
      key: `meeting-gap:${m.matchId}:${userId}:${period}`,
      userId,
      cohortId: m.cohortId,
      subject: m,
    }));
  });
}
