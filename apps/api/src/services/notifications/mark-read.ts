import type { PrismaClient } from '@preceptor/db';
import type { MarkNotificationsReadResult } from '@preceptor/domain/notifications/notification-schemas';

/*
 * Both only ever touch the caller's own unread notifications: an id of someone else's is
 * passed over exactly like an unknown one, so it neither changes nor reveals anything. A
 * notification keeps the time it was first read.
 */

export async function markNotificationsRead(
  prisma: PrismaClient,
  userId: string,
  ids: string[],
): Promise<MarkNotificationsReadResult> {
  const { count } = await prisma.notification.updateMany({
    where: { id: { in: ids }, userId, readAt: null },
    data: { readAt: new Date() },
  });
  return { marked: count };
}

export async function markAllNotificationsRead(
  prisma: PrismaClient,
  userId: string,
): Promise<MarkNotificationsReadResult> {
  const { count } = await prisma.notification.updateMany({
    where: { userId, readAt: null },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
