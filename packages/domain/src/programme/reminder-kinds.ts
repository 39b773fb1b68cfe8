import type { EmailKind } from '../notifications/email-kinds.ts';

/** The reminders and nudges a cohort sends on its own, each with its email kind. */
export const REMINDER_EMAIL_KIND = {
  module_due: 'reminder.module_due',
  module_overdue: 'reminder.module_overdue',
  overdue_digest: 'reminder.overdue_digest',
  review_waiting: 'reminder.review_waiting',
  review_escalation: 'reminder.review_escalation',
  meeting_gap: 'reminder.meeting_gap',
  cohort_starting: 'programme.cohort_starting',
  cohort_ending: 'programme.cohort_ending',
} as const satisfies Record<string, EmailKind>;

export type ReminderKind = keyof typeof REMINDER_EMAIL_KIND;
export const REMINDER_KINDS = Object.keys(REMINDER_EMAIL_KIND) as ReminderKind[];

/**
 * One reminder that is due: who gets it, in which cohort, about what. The key names the subject
 * and the period (the due date, the week, the n-th gap), so the same reminder is sent once.
 */
export interface DueReminder<Subject> {
  kind: ReminderKind;
  key: string;
  userId: string;
  cohortId: string;
  subject: Subject;
}
