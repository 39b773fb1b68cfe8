import type { NotificationItem } from '@preceptor/domain/notifications/notification-schemas';
import { type RefObject, useLayoutEffect, useState } from 'react';

/** The id of a notification's "Mark as read" button, so focus can be moved onto it. */
export const markButtonId = (notificationId: string) => `mark-read-${notificationId}`;

interface PendingFocus {
  marked: string;
  /** Notifications whose button may take focus: the next ones nearest first, then the previous. */
  candidates: string[];
}

/**
 * "Mark as read" takes its own button away (with unread only, the whole notification), which would
 * drop keyboard focus to the page. Once the marked notification has lost its button, focus goes to
 * the next notification's button, else the previous one's, else the heading.
 */
export function useFocusAfterMark(
  items: readonly NotificationItem[] | undefined,
  heading: RefObject<HTMLElement | null>,
) {
  const [pending, setPending] = useState<PendingFocus | null>(null);

  useLayoutEffect(() => {
    if (!pending) return;
    if (items?.some((item) => item.id === pending.marked && item.readAt === null)) return;
    setPending(null);
    const next = pending.candidates
      .map((id) => document.getElementById(markButtonId(id)))
      .find((button) => button !== null);
    (next ?? heading.current)?.focus();
  }, [items, pending, heading]);

  return {
    /** Call as the button is pressed, while `items` still shows the notification. */
    marking(marked: NotificationItem) {
      const markable = (items ?? []).filter((item) => item.readAt === null).map((item) => item.id);
      const at = markable.indexOf(marked.id);
      setPending({
        marked: marked.id,
        candidates: [...markable.slice(at + 1), ...markable.slice(0, Math.max(at, 0)).reverse()],
      });
    },
    /** The mark failed: the button stays, and so does focus. */
    cancel() {
      setPending(null);
    },
  };
}
