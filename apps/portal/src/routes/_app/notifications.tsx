import { createFileRoute } from '@tanstack/react-router';
import { NotificationsPage } from '../../features/notifications/notifications-page.tsx';

// Everyone signed in has notifications (staff too), so this is not under a role layout.
export const Route = createFileRoute('/_app/notifications')({
  component: NotificationsPage,
});
