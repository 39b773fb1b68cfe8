import { z } from 'zod';

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
  /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies behind TLS termination). */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Mail server for set-password links (nodemailer URL); unset: links are only shown to staff. */
  SMTP_URL: z.string().url('SMTP_URL must be a URL such as smtps://user:pass@host').optional(),
  SMTP_FROM: z.string().optional(),
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
