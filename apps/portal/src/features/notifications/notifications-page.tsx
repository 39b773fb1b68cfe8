import { Button, Group, Stack, Switch, Text, VisuallyHidden } from '@mantine/core';
import type { NotificationItem } from '@preceptor/domain/notifications/notification-schemas';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { notificationsQuery, useUnreadNotificationCount } from './api.ts';
import { MarkAllReadButton } from './mark-all-read-button.tsx';
import { NotificationList } from './notification-list.tsx';
import { useFocusAfterMark } from './use-focus-after-mark.ts';
import { useNotificationActions } from './use-notification-actions.ts';

/** Every notification, newest first, older ones a page at a time. */
export function NotificationsPage() {
  const trpc = useTRPC();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const unread = useUnreadNotificationCount().data?.unread ?? 0;
  const actions = useNotificationActions();
  const pages = useInfiniteQuery(notificationsQuery(trpc, unreadOnly));
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useFocusAfterMark(
    pages.data?.pages.flatMap((page) => page.items),
    heading,
  );
  const [announcement, setAnnouncement] = useState('');
  const markRead = (item: NotificationItem) => {
    focus.marking(item);
    setAnnouncement('');
    actions.markRead.mutate(
      { ids: [item.id] },
      {
        onSuccess: () => setAnnouncement(`Marked as read: ${item.title}`),
        onError: focus.cancel,
      },
    );
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Notifications"
        titleRef={heading}
        description={unread > 0 ? `${unread} unread` : 'You are all caught up.'}
        action={<MarkAllReadButton variant="default" unread={unread} actions={actions} />}
      />
      {/* Focus moves on when a notification is marked; this says what happened. */}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <Switch
        label="Show unread only"
        checked={unreadOnly}
        onChange={(event) => setUnreadOnly(event.currentTarget.checked)}
      />
      <QueryState query={pages} what="your notifications">
        {(data) => {
          const items = data.pages.flatMap((page) => page.items);
          if (items.length === 0) {
            return unreadOnly ? (
              <EmptyNote title="No unread notifications">Everything here has been read.</EmptyNote>
            ) : (
              <EmptyNote title="No notifications yet">
                You will hear here when a reflection is shared with you or reviewed, or when a match starts or
                ends.
              </EmptyNote>
            );
          }
          return (
            <Stack gap="sm">
              <NotificationList items={items} actions={actions} onMarkRead={markRead} />
              {pages.isFetchNextPageError ? (
                <Text size="sm" c="red.9" role="alert">
                  {errorMessage(pages.error)}
                </Text>
              ) : null}
              {pages.hasNextPage ? (
                <Group>
                  <Button
                    variant="default"
                    loading={pages.isFetchingNextPage}
                    onClick={() => void pages.fetchNextPage()}
                  >
                    Show older notifications
                  </Button>
                </Group>
              ) : null}
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
