import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { NotificationItem } from '@preceptor/domain/notifications/notification-schemas';
import { formatDateTime, formatRelativeTime } from '../../lib/format.ts';
import classes from './notification-list.module.css';
import { markButtonId } from './use-focus-after-mark.ts';
import type { NotificationActions } from './use-notification-actions.ts';

interface NotificationListProps {
  items: NotificationItem[];
  actions: NotificationActions;
  /** Called when a notification's link is followed inside the portal (the header panel closes). */
  onOpen?: () => void;
  /** With this, a "Mark as read" button beside each unread notification, for reading without opening. */
  onMarkRead?: (item: NotificationItem) => void;
}

/** Newest first as the API sends them; unread ones stand out by weight, dot and background. */
export function NotificationList({ items, actions, onOpen, onMarkRead }: NotificationListProps) {
  return (
    <Stack component="ul" gap={4} className={classes.list}>
      {items.map((item) => (
        <NotificationEntry
          key={item.id}
          item={item}
          actions={actions}
          onOpen={onOpen}
          onMarkRead={onMarkRead}
        />
      ))}
    </Stack>
  );
}

function NotificationEntry({
  item,
  actions,
  onOpen,
  onMarkRead,
}: {
  item: NotificationItem;
  actions: NotificationActions;
  onOpen?: () => void;
  onMarkRead?: (item: NotificationItem) => void;
}) {
  const unread = item.readAt === null;
  const marking = actions.markRead.isPending && actions.markRead.variables?.ids.includes(item.id) === true;
  const title = (
    <>
      {/* Weight and colour are not enough on their own: say it. */}
      {unread ? <VisuallyHidden>Unread: </VisuallyHidden> : null}
      {item.title}
    </>
  );
  return (
    <li className={classes.item} data-unread={unread || undefined}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <span className={classes.dot} aria-hidden="true" />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={unread ? 700 : 500} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {item.link ? (
              <a
                href={item.link}
                className={classes.link}
                onClick={(event) => actions.open(item, event, onOpen)}
              >
                {title}
              </a>
            ) : (
              title
            )}
          </Text>
          {item.body ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {item.body}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            <time dateTime={item.createdAt.toISOString()} title={formatDateTime(item.createdAt)}>
              {formatRelativeTime(item.createdAt)}
            </time>
          </Text>
        </Stack>
        {onMarkRead && unread ? (
          <Button
            id={markButtonId(item.id)}
            variant="subtle"
            size="compact-sm"
            className={classes.action}
            aria-label={`Mark as read: ${item.title}`}
            // Not `disabled` (nor `loading`, which disables): that would drop focus while it works.
            data-disabled={marking || undefined}
            aria-disabled={marking || undefined}
            onClick={() => {
              if (!marking) onMarkRead(item);
            }}
          >
            Mark as read
          </Button>
        ) : null}
      </Group>
    </li>
  );
}
