import {
  ActionIcon,
  Anchor,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useUnreadNotificationCount } from './api.ts';
import { BellIcon } from './bell-icon.tsx';
import { MarkAllReadButton } from './mark-all-read-button.tsx';
import { NotificationList } from './notification-list.tsx';
import { type NotificationActions, useNotificationActions } from './use-notification-actions.ts';

/** How many of the latest notifications the header panel shows; the page has the rest. */
const PANEL_SIZE = 8;

/** The header's bell: the unread count at a glance, and the latest notifications one click away. */
export function NotificationBell() {
  const [opened, { close, toggle }] = useDisclosure(false);
  const count = useUnreadNotificationCount();
  const unread = count.data?.unread ?? 0;
  const actions = useNotificationActions();
  const headingId = useId();

  return (
    <Indicator
      label={unread}
      maxValue={99}
      disabled={unread === 0}
      size={18}
      offset={6}
      color="red"
      inline
      // The button's name already says the count; screen readers need not read it twice.
      attributes={{ indicator: { 'aria-hidden': true } }}
    >
      <Popover
        opened={opened}
        onDismiss={close}
        position="bottom-end"
        width={380}
        shadow="md"
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
            // Absent until the count has loaded, so a check never mistakes loading for zero.
            data-unread={count.data?.unread}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        {/* Narrow screens: the panel never runs off the edge. */}
        <Popover.Dropdown aria-labelledby={headingId} p="xs" maw="calc(100vw - 16px)">
          <NotificationPanel headingId={headingId} unread={unread} actions={actions} onClose={close} />
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

interface NotificationPanelProps {
  headingId: string;
  unread: number;
  actions: NotificationActions;
  onClose: () => void;
}

/** Mounted only while open, so each opening fetches the latest. */
function NotificationPanel({ headingId, unread, actions, onClose }: NotificationPanelProps) {
  const trpc = useTRPC();
  const latest = useQuery({
    ...trpc.notifications.list.queryOptions({ limit: PANEL_SIZE }),
    staleTime: 0,
  });
  return (
    <>
      <Group justify="space-between" wrap="nowrap" px="xs" pb="xs">
        <Title order={2} size="h5" id={headingId}>
          Notifications
        </Title>
        <MarkAllReadButton variant="subtle" size="compact-sm" unread={unread} actions={actions} />
      </Group>
      <ScrollArea.Autosize mah="min(420px, 60vh)" type="auto">
        <QueryState query={latest} what="your notifications">
          {(page) =>
            page.items.length === 0 ? (
              <Text size="sm" px="xs" py="sm">
                Nothing yet. You will hear here when a reflection is shared or reviewed, or a match changes.
              </Text>
            ) : (
              <NotificationList items={page.items} actions={actions} onOpen={onClose} />
            )
          }
        </QueryState>
      </ScrollArea.Autosize>
      <Divider my="xs" />
      <Anchor component={Link} to="/notifications" size="sm" px="xs" onClick={onClose}>
        See all notifications
      </Anchor>
    </>
  );
}
