// Loaded on demand by deferred-notifications.tsx: importing Mantine's container in its own module
// keeps it (and its transitions and scroll lock) out of the chunk that imports the notices store.
export { Notifications as default } from '@mantine/notifications';
