import { z } from 'zod';
import { decodeNotificationCursor } from './notification-cursor.ts';

/** What a notification is about; the portal may pick an icon or wording by it. */
export const NotificationKind = z.enum([
  'reflection.shared',
  'reflection.reviewed',
  'reflection.revision_requested',
  'reflection.review_answered',
  'match.published',
  'match.ended',
  'match.not-a-good-fit',
  'meeting.logged',
  'meeting.changed',
  'reminder.module_due',
  'reminder.module_overdue',
  'reminder.overdue_digest',
  'reminder.review_waiting',
  'reminder.review_escalation',
  'reminder.meeting_gap',
  'programme.cohort_starting',
  'programme.cohort_ending',
  'checkin.due',
  'checkin.concern',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const MAX_NOTIFICATIONS_PER_PAGE = 50;

export const ListNotificationsInput = z.object({
  /** The previous page's `nextCursor`; absent or null for the newest page. */
  cursor: z
    .string()
    .max(100)
    .transform((text, ctx) => {
      const cursor = decodeNotificationCursor(text);
      if (!cursor) {
        ctx.addIssue({
          code: 'custom',
          message: 'That page of notifications is not available. Reload the list and try again.',
        });
        return z.NEVER;
      }
      return cursor;
    })
    .nullish(),
  limit: z.number().int().min(1).max(MAX_NOTIFICATIONS_PER_PAGE).default(20),
  unreadOnly: z.boolean().default(false),
});
export type ListNotificationsInput = z.input<typeof ListNotificationsInput>;

/**
 * One notification as its recipient sees it. Titles and bodies name people, cohorts and what
 * happened, never a reflection's words: a notification outlives the share that caused it.
 */
export const NotificationItem = z.object({
  id: z.string(),
  // A plain string: a kind written by an older release must not make the whole list fail.
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  /** A portal path (see notification-links.ts), or null when there is nothing to open. */
  link: z.string().startsWith('/').nullable(),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});
export type NotificationItem = z.infer<typeof NotificationItem>;

export const NotificationPage = z.object({
  items: z.array(NotificationItem),
  /** Where the next (older) page starts; null when this page is the last. */
  nextCursor: z.string().nullable(),
});
export type NotificationPage = z.infer<typeof NotificationPage>;

export const UnreadNotificationCount = z.object({ unread: z.number().int().nonnegative() });
export type UnreadNotificationCount = z.infer<typeof UnreadNotificationCount>;

export const MarkNotificationsReadInput = z.object({
  ids: z
    .array(z.uuid('That is not a notification id.'))
    .min(1, 'Choose at least one notification.')
    .max(MAX_NOTIFICATIONS_PER_PAGE, `Mark at most ${MAX_NOTIFICATIONS_PER_PAGE} notifications at a time.`),
});
export type MarkNotificationsReadInput = z.infer<typeof MarkNotificationsReadInput>;

/** How many notifications changed from unread to read. */
export const MarkNotificationsReadResult = z.object({ marked: z.number().int().nonnegative() });
export type MarkNotificationsReadResult = z.infer<typeof MarkNotificationsReadResult>;
