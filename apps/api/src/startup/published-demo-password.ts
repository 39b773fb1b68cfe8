import type { PrismaClient } from '@preceptor/db';
import { DEMO_PASSWORD, demoAccountEmails } from '@preceptor/db/seed';
import { verifyPassword } from '../auth/passwords.ts';
import type { ApiEnv } from '../env.ts';
import { isDemoMode } from './demo-mode.ts';

/** How many account emails the refusal names before "and N more". */
const NAMED_IN_MESSAGE = 3;

/**
 * Start-up guard for a real deployment: refuses to serve while any demo account can still be
 * signed in to with the password the README publishes (a demo seeded onto PostgreSQL by
 * `pnpm db:seed`, then put into service). A demo server says so with PRECEPTOR_DEMO=true.
 */
export async function assertNoPublishedDemoPassword(
  prisma: PrismaClient,
  env: Pick<ApiEnv, 'DATABASE_URL' | 'PRECEPTOR_DEMO'>,
): Promise<void> {
  if (isDemoMode(env)) return;
  const exposed = await accountsWithPublishedPassword(prisma);
  if (exposed.length === 0) return;
  const named = exposed.slice(0, NAMED_IN_MESSAGE).join(', ');
  const more = exposed.length > NAMED_IN_MESSAGE ? ` and ${exposed.length - NAMED_IN_MESSAGE} more` : '';
  throw new Error(
    `${exposed.length} demo account(s) still have the published demo password (${named}${more}). ` +
      'Give them new passwords or remove them, or set PRECEPTOR_DEMO=true if this server is a demo.',
  );
}

/** Emails of demo accounts whose password is still the published one. */
export async function accountsWithPublishedPassword(prisma: PrismaClient): Promise<string[]> {
  const accounts = await prisma.user.findMany({
    where: { email: { in: demoAccountEmails() }, passwordHash: { not: null } },
    select: { email: true, passwordHash: true },
    orderBy: { email: 'asc' },
  });
  // The seed gives every account the same hash, so this is usually a single argon2 verification.
  const verdicts = new Map<string, Promise<boolean>>();
  const exposed: string[] = [];
  for (const { email, passwordHash } of accounts) {
    if (!passwordHash) continue;
    let verdict = verdicts.get(passwordHash);
    if (!verdict) {
      verdict = verifyPassword(passwordHash, DEMO_PASSWORD);
      verdicts.set(passwordHash, verdict);
    }
    if (await verdict) exposed.push(email);
  }
  return exposed;
}
