import { notifications as toasts } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../lib/errors.ts';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * Every notification (or only the unread ones), newest first, older ones a page at a time. Always
 * refetched on a visit, so the route has no loader: it would fetch the list twice.
 */
export const notificationsQuery = (trpc: TrpcOptions, unreadOnly: boolean) =>
  trpc.notifications.list.infiniteQueryOptions(
    { limit: NOTIFICATIONS_PAGE_SIZE, unreadOnly },
    { getNextPageParam: (page) => page.nextCursor, staleTime: 0 },
  );

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
 * Marking changes the count, the bell's list and the page: all refresh, also after a refusal
 * (another tab may have marked them already).
 */
function useMarkOptions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    onSettled: () => queryClient.invalidateQueries(trpc.notifications.pathFilter()),
    onError: (error: unknown) =>
      toasts.show({ color: 'red', title: 'Not marked as read', message: errorMessage(error) }),
  };
}

export function useMarkRead() {
  const trpc = useTRPC();
  return useMutation(trpc.notifications.markRead.mutationOptions(useMarkOptions()));
}

export function useMarkAllRead() {
  const trpc = useTRPC();
  return useMutation(trpc.notifications.markAllRead.mutationOptions(useMarkOptions()));
}
