// The seed's public surface: `@preceptor/db/seed` (the API auto-seeds the embedded database with it,
// and refuses to serve a real deployment whose demo accounts keep the published password).
export { DEMO_PASSWORD } from './demo-accounts.ts';
export { demoAccountEmails } from './demo-emails.ts';
export { isDatabaseEmpty, seedDemoData } from './seed-demo-data.ts';
