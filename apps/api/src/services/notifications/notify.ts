import type { Prisma } from '@preceptor/db';
import { isNotificationLink } from '@preceptor/domain/notifications/notification-links';
import type { NotificationKind } from '@preceptor/domain/notifications/notification-schemas';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  /** Names people, cohorts and what happened; never quotes a reflection. */
  title: string;
  body?: string | null;
  /** Built with `notificationLink`, so it opens a page the portal has. */
  link: string | null;
}

/**
 * The one way services tell people something in-app, inside the transaction that made it
 * true: the notification exists exactly when the change does. A link that opens no portal page
 * is a programming error and fails the whole change rather than leaving a dead end.
 */
export async function notify(tx: Prisma.TransactionClient, notices: NewNotification[]): Promise<void> {
  for (const notice of notices) {
    if (notice.link !== null && !isNotificationLink(notice.link)) {
      throw new Error(`A ${notice.kind} notification links to ${notice.link}, which is no portal page.`);
    }
  }
  if (notices.length === 0) return;
  await tx.notification.createMany({
    data: notices.map((notice) => ({
      userId: notice.userId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body ?? null,
      link: notice.link,
    })),
  });
}
