import { notifications as toasts } from '@mantine/notifications';
import type { NotificationItem } from '@preceptor/domain/notifications/notification-schemas';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

/** Often enough that a review shows up within a minute; a hidden tab does not poll at all. */
const UNREAD_REFRESH_MS = 60_000;

/** The unread count in the header: refreshed on a timer and whenever the window regains focus. */
export function useUnreadNotificationCount() {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.notifications.unreadCount.queryOptions(),
    staleTime: 10_000,
    refetchInterval: UNREAD_REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}

/**
 * Opening and marking notifications. Kept in a component that stays mounted (the header bell,
 * the page), so the refresh after a mark still runs when the opened link unmounts the list.
 */
export function useNotificationActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refresh = () => queryClient.invalidateQueries(trpc.notifications.pathFilter());
  const onError = (error: unknown) =>
    toasts.show({ color: 'red', title: 'Not marked as read', message: errorMessage(error) });

  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: refresh, onError }));
  const markAllRead = useMutation(
    trpc.notifications.markAllRead.mutationOptions({ onSettled: refresh, onError }),
  );

  /**
   * Marks the notification read and follows its link inside the portal. A click that asks for
   * a new tab or window is left to the browser, and still counts as reading it.
   */
  function open(item: NotificationItem, event: MouseEvent<HTMLAnchorElement>, afterOpen?: () => void) {
    if (item.readAt === null) markRead.mutate({ ids: [item.id] });
    if (
      !item.link ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    afterOpen?.();
    void navigate({ href: item.link });
  }

  return { open, markRead, markAllRead };
}

export type NotificationActions = ReturnType<typeof useNotificationActions>;
