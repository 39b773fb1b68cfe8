// What other features may show of notifications: the header's bell.
export { NotificationBell } from './notification-bell.tsx';
