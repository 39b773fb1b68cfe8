// The seed's public surface: `@preceptor/db/seed` (the API auto-seeds the embedded database with it).
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, demoAccount } from './demo-accounts.ts';
export {
  describeSeedResult,
  isDatabaseEmpty,
  type SeedCounts,
  type SeedDemoOptions,
  type SeedDemoResult,
  seedDemoData,
} from './seed-demo-data.ts';
