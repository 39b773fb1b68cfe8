import { DEMO_PASSWORD } from '@preceptor/db/seed';
import type { ApiEnv } from '../env.ts';

type DemoEnv = Pick<ApiEnv, 'DATABASE_URL' | 'PRECEPTOR_DEMO'>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * The embedded database is the demo; a PostgreSQL server is a real deployment unless
 * PRECEPTOR_DEMO=true says otherwise.
 */
export function isDemoMode(env: DemoEnv): boolean {
  return !env.DATABASE_URL || env.PRECEPTOR_DEMO;
}

/** Demo data is loaded only into the embedded database; PostgreSQL is seeded on purpose (pnpm db:seed). */
export function seedsDemoData(env: DemoEnv & Pick<ApiEnv, 'SEED_DEMO_DATA'>): boolean {
  return !env.DATABASE_URL && env.SEED_DEMO_DATA;
}

/**
 * A demo is reachable from this machine only, unless HOST says otherwise: its accounts share a
 * password printed in the README.
 */
export function listenHost(env: DemoEnv & Pick<ApiEnv, 'HOST'>): string {
  return env.HOST ?? (isDemoMode(env) ? '127.0.0.1' : '0.0.0.0');
}

/** The start-up line that says a server is a demo and who can reach it; null for a real deployment. */
export function demoModeNotice(env: DemoEnv & Pick<ApiEnv, 'HOST' | 'PORT'>): string | null {
  if (!isDemoMode(env)) return null;
  const host = listenHost(env);
  const database = env.DATABASE_URL ? 'PostgreSQL (PRECEPTOR_DEMO=true)' : 'embedded database';
  const reach = LOOPBACK.has(host)
    ? `listening on ${host} only`
    : `listening on ${host} (HOST): anyone who reaches port ${env.PORT} can sign in with the published password`;
  return `Demo mode: ${database} with demo accounts (password "${DEMO_PASSWORD}"), ${reach}. Not for real people's data.`;
}
