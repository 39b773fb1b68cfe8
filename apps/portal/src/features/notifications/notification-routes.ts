import {
  NOTIFICATION_ROUTES,
  type NotificationRoute,
} from '@preceptor/domain/notifications/notification-links';
import type { FileRoutesByTo } from '../../routeTree.gen.ts';

/**
 * The pages a notification may open, checked against the portal's routes at compile time:
 * renaming or removing one of these routes fails the typecheck until the API's links follow.
 */
export const NOTIFICATION_PAGES: Record<NotificationRoute, keyof FileRoutesByTo> = NOTIFICATION_ROUTES;
