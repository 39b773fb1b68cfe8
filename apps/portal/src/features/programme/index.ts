export { ReminderSettingsTab } from './reminder-settings-tab.tsx';
