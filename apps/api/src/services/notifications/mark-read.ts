import type { MarkNotificationsReadResult } from '@preceptor/domain/notifications/notification-schemas';
import type { ActorContext } from '../service-context.ts';

/*
 * Both only ever touch the caller's own unread notifications: an id of someone else's is
 * passed over exactly like an unknown one, so it neither changes nor reveals anything. A
 * notification keeps the time it was first read.
 */

export async function markNotificationsRead(
  ctx: ActorContext,
  input: { ids: string[] },
): Promise<MarkNotificationsReadResult> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const { ids } = input;
  const { count } = await db.notification.updateMany({
    where: { id: { in: ids }, userId, readAt: null },
    data: { readAt: ctx.clock.now() },
  });
  return { marked: count };
}

export async function markAllNotificationsRead(ctx: ActorContext): Promise<MarkNotificationsReadResult> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null },
    data: { readAt: ctx.clock.now() },
  });
  return { marked: count };
}
