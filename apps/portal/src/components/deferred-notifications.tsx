import { type NotificationsProps, useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

const Notifications = lazy(() => import('./notices-container.tsx'));

/**
 * Mantine's notices container, fetched when the first notice is raised. Most page loads raise
 * none, and its code (transitions, scroll lock) would otherwise be part of every page's first
 * download. A notice raised before it has arrived waits in the notices store and shows then.
 */
export function DeferredNotifications(props: NotificationsProps) {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <Notifications {...props} />
    </Suspense>
  );
}
