// Loaded on demand by lazy-notifications.tsx.
export { Notifications as default } from '@mantine/notifications';
