import { Button, type ButtonProps } from '@mantine/core';
import type { NotificationActions } from './use-notification-actions.ts';

interface MarkAllReadButtonProps extends Pick<ButtonProps, 'variant' | 'size'> {
  unread: number;
  actions: NotificationActions;
}

/**
 * Looks disabled with nothing unread but keeps its focus: a truly disabled button (Mantine's
 * `disabled`, or `loading`, which disables too) would drop keyboard focus to the page the moment
 * its own click took effect.
 */
export function MarkAllReadButton({ unread, actions, variant, size }: MarkAllReadButtonProps) {
  const idle = unread === 0;
  return (
    <Button
      variant={variant}
      size={size}
      data-disabled={idle || undefined}
      aria-disabled={idle || undefined}
      onClick={() => {
        if (!idle) actions.markAllRead.mutate();
      }}
    >
      Mark all as read
    </Button>
  );
}
