import {
  ListNotificationsInput,
  MarkNotificationsReadInput,
  MarkNotificationsReadResult,
  NotificationPage,
  UnreadNotificationCount,
} from '@preceptor/domain/notifications/notification-schemas';
import { markAllNotificationsRead, markNotificationsRead } from '../services/notifications/mark-read.ts';
import {
  countMyUnreadNotifications,
  listMyNotifications,
} from '../services/notifications/my-notifications.ts';
import { router } from '../trpc/init.ts';
import { authedProcedure } from '../trpc/procedures.ts';

/** Everyone signed in has an inbox, staff included; each procedure acts on the caller's own only. */
export const notificationsRouter = router({
  list: authedProcedure
    .input(ListNotificationsInput)
    .output(NotificationPage)
    .query(({ ctx, input }) => listMyNotifications(ctx, input)),
  unreadCount: authedProcedure
    .output(UnreadNotificationCount)
    .query(({ ctx }) => countMyUnreadNotifications(ctx)),
  markRead: authedProcedure
    .input(MarkNotificationsReadInput)
    .output(MarkNotificationsReadResult)
    .mutation(({ ctx, input }) => markNotificationsRead(ctx, input)),
  markAllRead: authedProcedure
    .output(MarkNotificationsReadResult)
    .mutation(({ ctx }) => markAllNotificationsRead(ctx)),
});
