export { EmailPreferencesSection } from './email-preferences-section.tsx';
