import type { NotificationItem } from '@preceptor/domain/notifications/notification-schemas';
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useMarkAllRead, useMarkRead } from './api.ts';

/**
 * Opening and marking notifications. Kept in a component that stays mounted (the header bell,
 * the page), so the refresh after a mark still runs when the opened link unmounts the list.
 */
export function useNotificationActions() {
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();

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
