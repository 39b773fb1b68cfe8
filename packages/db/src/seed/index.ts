// The seed's public surface: `@preceptor/db/seed` (the API auto-seeds the embedded database with it,
// and refuses to serve a real deployment whose demo accounts keep the published password).
import type { seedDemoData as SeedDemoData } from './seed-demo-data.ts';

export { DEMO_PASSWORD } from './demo-accounts.ts';
export { demoAccountEmails } from './demo-emails.ts';
export { isDatabaseEmpty } from './is-database-empty.ts';
export type { SeedDemoOptions, SeedDemoResult } from './seed-demo-data.ts';

/**
 * Fills an empty database with the demo. The seed (module content read from YAML, argon2
 * hashing, every generator) is loaded on this call, not with the server: `pnpm start` checks
 * `isDatabaseEmpty` on every start but seeds only the first time (bench:start).
 */
export async function seedDemoData(
  ...args: Parameters<typeof SeedDemoData>
): ReturnType<typeof SeedDemoData> {
  const { seedDemoData: seed } = await import('./seed-demo-data.ts');
  return seed(...args);
}
