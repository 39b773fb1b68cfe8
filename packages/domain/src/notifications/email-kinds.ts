import { z } from 'zod';

/**
 * Every kind of email Preceptor sends. A person chooses, per adjustable kind, how it reaches
 * them; account mail (invitations, password resets) always goes by email, because without it
 * nobody can get in.
 */
export const EmailKind = z.enum([
  'account.invitation',
  'account.password_reset',
  'programme.match_welcome',
  'programme.cohort_starting',
  'programme.cohort_ending',
  'reminder.module_due',
  'reminder.module_overdue',
  'reminder.overdue_digest',
  'reminder.review_waiting',
  'reminder.review_escalation',
  'reminder.meeting_gap',
  'checkin.due',
  'checkin.concern',
  'email.daily_digest',
]);
export type EmailKind = z.infer<typeof EmailKind>;

/** How one kind of email reaches a person: only in the portal, by email at once, or in a daily digest. */
export const EmailDelivery = z.enum(['in_app', 'email', 'digest']);
export type EmailDelivery = z.infer<typeof EmailDelivery>;

export interface EmailKindRule {
  /** What the person sees in their preferences. */
  label: string;
  /** False for account mail, which always goes by email. */
  adjustable: boolean;
  defaultDelivery: EmailDelivery;
}

export const EMAIL_KIND_RULES: Record<EmailKind, EmailKindRule> = {
  'account.invitation': { label: 'Invitations to Preceptor', adjustable: false, defaultDelivery: 'email' },
  'account.password_reset': { label: 'Password reset links', adjustable: false, defaultDelivery: 'email' },
  'programme.match_welcome': {
    label: 'Your new mentoring match',
    adjustable: true,
    defaultDelivery: 'email',
  },
  'programme.cohort_starting': {
    label: 'A cohort you are in is starting',
    adjustable: true,
    defaultDelivery: 'email',
  },
  'programme.cohort_ending': {
    label: 'A cohort you are in is ending',
    adjustable: true,
    defaultDelivery: 'email',
  },
  'reminder.module_due': { label: 'A module is due soon', adjustable: true, defaultDelivery: 'email' },
  'reminder.module_overdue': { label: 'A module is overdue', adjustable: true, defaultDelivery: 'email' },
  'reminder.overdue_digest': {
    label: 'Weekly list of overdue modules in your cohorts',
    adjustable: true,
    defaultDelivery: 'email',
  },
  'reminder.review_waiting': {
    label: 'A shared reflection awaits your review',
    adjustable: true,
    defaultDelivery: 'email',
  },
  'reminder.review_escalation': {
    label: 'Reflections left unreviewed in your cohorts',
    adjustable: true,
    defaultDelivery: 'digest',
  },
  'reminder.meeting_gap': {
    label: 'No meeting logged for a while',
    adjustable: true,
    defaultDelivery: 'email',
  },
  'checkin.due': { label: 'A check-in on your match is open', adjustable: true, defaultDelivery: 'email' },
  'checkin.concern': {
    label: 'Someone says their match is not working',
    adjustable: true,
    defaultDelivery: 'email',
  },
  // What a person chose to get as a digest arrives in this one email a day.
  'email.daily_digest': { label: 'Your daily digest', adjustable: false, defaultDelivery: 'email' },
};

/** How an email of `kind` reaches a person with `preference` (null: they never chose). */
export function deliveryFor(kind: EmailKind, preference: EmailDelivery | null): EmailDelivery {
  const rule = EMAIL_KIND_RULES[kind];
  if (!rule.adjustable) return 'email';
  return preference ?? rule.defaultDelivery;
}
