import type { Prisma } from '@preceptor/db';
import { encodeNotificationCursor } from '@preceptor/domain/notifications/notification-cursor';
import { isNotificationLink } from '@preceptor/domain/notifications/notification-links';
import type {
  ListNotificationsInput,
  NotificationItem,
  NotificationPage,
  UnreadNotificationCount,
} from '@preceptor/domain/notifications/notification-schemas';
import type { z } from 'zod';
import { readThrough } from '../../cache/read-cache.ts';
import type { ActorContext } from '../service-context.ts';

type ParsedListInput = z.output<typeof ListNotificationsInput>;

/** A person's notifications, newest first, a page at a time; only ever their own. */
export async function listMyNotifications(
  ctx: ActorContext,
  input: ParsedListInput,
): Promise<NotificationPage> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const where: Prisma.NotificationWhereInput = { userId };
  if (input.unreadOnly) where.readAt = null;
  if (input.cursor) {
    const { createdAt, id } = input.cursor;
    where.OR = [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }];
  }
  // One row beyond the page tells whether another page follows, without a count query.
  const rows = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
  const items: NotificationItem[] = rows.slice(0, input.limit).map((row) => ({
    ...row,
    // Rows written before links were checked may point nowhere; show them without a link.
    link: row.link !== null && isNotificationLink(row.link) ? row.link : null,
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? encodeNotificationCursor(last) : null,
  };
}

/** The portal asks on every page: read through the server's cache (dropped on any change to the inbox). */
export async function countMyUnreadNotifications(ctx: ActorContext): Promise<UnreadNotificationCount> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const unread = await readThrough(ctx.readCache, `unread:${userId}`, userId, () =>
    db.notification.count({ where: { userId, readAt: null } }),
  );
  return { unread };
}
