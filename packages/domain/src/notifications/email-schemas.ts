import { z } from 'zod';
import { EMAIL_KIND_RULES, EmailDelivery, EmailKind } from './email-kinds.ts';

/** One adjustable kind of email and how it reaches the person now. */
export const EmailPreferenceRow = z.object({
  kind: EmailKind,
  label: z.string(),
  delivery: EmailDelivery,
  /** True while the person never chose: the kind's default applies. */
  isDefault: z.boolean(),
});
export type EmailPreferenceRow = z.infer<typeof EmailPreferenceRow>;

export const MyEmailPreferences = z.array(EmailPreferenceRow);
export type MyEmailPreferences = z.infer<typeof MyEmailPreferences>;

export const SetEmailPreferenceInput = z.object({
  kind: EmailKind.refine((kind) => EMAIL_KIND_RULES[kind].adjustable, {
    message: 'Account emails always go by email: without them nobody can get in.',
  }),
  delivery: EmailDelivery,
});
export type SetEmailPreferenceInput = z.infer<typeof SetEmailPreferenceInput>;

export const OutboxStatus = z.enum(['queued', 'digest', 'sent', 'failed']);
export type OutboxStatus = z.infer<typeof OutboxStatus>;

export const ListOutboxInput = z.object({
  status: OutboxStatus.optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(50),
});
export type ListOutboxInput = z.infer<typeof ListOutboxInput>;

export const OutboxRow = z.object({
  id: z.string(),
  kind: z.string(),
  /** The kind in words; the raw kind when it is not one Preceptor knows (an older email). */
  kindLabel: z.string(),
  toAddress: z.string(),
  recipientName: z.string().nullable(),
  subject: z.string(),
  status: OutboxStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  queuedAt: z.date(),
  nextAttemptAt: z.date(),
  sentAt: z.date().nullable(),
});
export type OutboxRow = z.infer<typeof OutboxRow>;

export const OutboxPage = z.object({
  rows: z.array(OutboxRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type OutboxPage = z.infer<typeof OutboxPage>;

export const GetOutboxEmailInput = z.object({ id: z.string().min(1).max(60) });
export type GetOutboxEmailInput = z.infer<typeof GetOutboxEmailInput>;

/** One email as it would arrive, except that live links staff must not hold are hidden. */
export const OutboxEmailView = OutboxRow.extend({
  text: z.string(),
  html: z.string(),
  /** True when a set-password link was hidden (a reset for someone who has a password). */
  linksHidden: z.boolean(),
});
export type OutboxEmailView = z.infer<typeof OutboxEmailView>;
