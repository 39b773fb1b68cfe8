import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type DatabaseConfig, databaseConfigFromEnv } from '@preceptor/db';
import { z } from 'zod';
import { DEFAULT_PROGRAMME_NAME, type ServiceConfig } from './services/service-context.ts';
import { isDemoMode } from './startup/demo-mode.ts';

/** Fastify's `trustProxy`: off, or the addresses of the proxies whose X-Forwarded-* count. */
export type TrustProxy = false | string[];

/** proxy-addr's names for address ranges, accepted by Fastify next to addresses and CIDRs. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * Addresses only: `true` would let any client name its own address in X-Forwarded-For, and a
 * hop count cannot tell a proxy from a client that connects directly (Fastify 5 ignores one).
 */
function parseTrustProxy(value: string, ctx: z.RefinementCtx): TrustProxy {
  const text = value.trim();
  if (text === 'false') return false;
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => !isProxyAddress(entry));
  if (wrong.length === 0) return entries;
  ctx.addIssue({
    code: 'custom',
    message:
      text === 'true' || /^\d+$/.test(text)
        ? `${text} would let clients forge their address; give the addresses of the proxies in front of Preceptor instead (e.g. 10.0.0.5,10.0.0.6 or 10.0.0.0/24 or loopback)`
        : `not a proxy address, address range or false: ${wrong.join(', ')}`,
  });
  return z.NEVER;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const ApiEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on; unset: 127.0.0.1 in demo mode, otherwise 0.0.0.0. */
  HOST: z.string().optional(),
  /** PostgreSQL connection string; when unset, the embedded PGlite database is used. */
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgresql:// URL').optional(),
  /** Where the embedded database lives (default: <repo>/.data/pglite). */
  PRECEPTOR_DATA_DIR: z.string().optional(),
  /**
   * Declares a PostgreSQL server a demo: it may then start while demo accounts still have the
   * published password. The embedded database is always a demo.
   */
  PRECEPTOR_DEMO: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * The origin the portal is served from (e.g. https://preceptor.example.org). Mutations
   * from any other origin are refused; when unset, the request's own host is the origin.
   */
  PUBLIC_ORIGIN: z.string().url().optional(),
  /**
   * The reverse proxies whose X-Forwarded-* headers count (client address for throttling and
   * the audit log, https for Secure cookies): their addresses or ranges, comma-separated.
   */
  TRUST_PROXY: z.string().default('false').transform(parseTrustProxy),
  /** Mail server for the outbox (nodemailer URL); unset: email stays queued, shown on the outbox page. */
  SMTP_URL: z.string().url('SMTP_URL must be a URL such as smtps://user:pass@host').optional(),
  SMTP_FROM: z.string().optional(),
  /** The programme that issues module certificates, as printed on them. */
  PROGRAMME_NAME: z.string().trim().min(1).max(120).default(DEFAULT_PROGRAMME_NAME),
  /**
   * Turns on GET /metrics (Prometheus text) for requests with `Authorization: Bearer <token>`.
   * Unset: /metrics answers 404.
   */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  /**
   * Whether this process runs the job queue (email delivery, digests, reminders). Every process
   * may: each job runs once whichever takes it. Set false for processes that only serve requests.
   */
  RUN_JOBS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * How much the server logs: failures and slow requests at info (the default), every request
   * at debug.
   */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Seed demo data into an empty embedded database at start-up. */
  SEED_DEMO_DATA: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type ApiEnv = z.infer<typeof ApiEnv>;

/** Parses the environment or throws one readable line per problem. */
export function parseEnv(source: Record<string, string | undefined>): ApiEnv {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = ApiEnv.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${lines.join('; ')}`);
  }
  return result.data;
}

/**
 * The one reader of the process environment: <repo>/.env when present (variables already set
 * win), parsed for the API and for the database.
 */
export function readEnvironment(): { env: ApiEnv; dbConfig: DatabaseConfig } {
  const file = fileURLToPath(new URL('../../../.env', import.meta.url));
  if (existsSync(file)) process.loadEnvFile(file);
  return { env: parseEnv(process.env), dbConfig: databaseConfigFromEnv(process.env) };
}

/**
 * The settings services read, from the parsed environment. A demo without PUBLIC_ORIGIN makes
 * its email links to itself on this machine, so invitations in its outbox can be followed.
 */
export function serviceConfigFromEnv(env: ApiEnv): ServiceConfig {
  const demoOrigin = isDemoMode(env) && env.PORT > 0 ? `http://localhost:${env.PORT}` : null;
  return {
    publicOrigin: env.PUBLIC_ORIGIN ?? demoOrigin,
    smtpFrom: env.SMTP_FROM?.trim() || null,
    programmeName: env.PROGRAMME_NAME,
  };
}
