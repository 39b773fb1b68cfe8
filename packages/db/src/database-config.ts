// The one place that turns environment variables into a database choice. Everything else in
// this package takes a DatabaseConfig as an argument, so tests and tools can point anywhere
// without touching process.env.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DatabaseConfig {
  /** PostgreSQL connection string. When set, PostgreSQL is used and `dataDir` is ignored. */
  databaseUrl?: string | undefined;
  /**
   * Folder of the embedded PGlite database (used when `databaseUrl` is unset). Relative paths
   * resolve against the repository root; `memory://` keeps it in memory. Default: `.data/pglite`.
   */
  dataDir?: string | undefined;
}

/** The repository root, found from this file's place (packages/db/src) — never from the cwd. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.data', 'pglite');

export const MEMORY_DATA_DIR = 'memory://';

/**
 * Reads DATABASE_URL and PRECEPTOR_DATA_DIR. Empty strings count as unset, because scripts
 * clear a variable with `DATABASE_URL=` (e2e does) rather than unsetting it.
 */
export function databaseConfigFromEnv(env: Record<string, string | undefined>): DatabaseConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  const dataDir = env.PRECEPTOR_DATA_DIR?.trim() || undefined;
  return { databaseUrl, dataDir };
}

/**
 * Where the embedded database lives, as an absolute path (or `memory://…`). Relative paths are
 * anchored at the repository root because pnpm runs each package's scripts in that package's
 * folder: resolving against the cwd would give the API and `db:migrate` different databases.
 */
export function resolveDataDir(dataDir: string | undefined): string {
  if (!dataDir) return DEFAULT_DATA_DIR;
  if (dataDir.startsWith(MEMORY_DATA_DIR)) return dataDir;
  return path.resolve(REPO_ROOT, dataDir);
}

/** A human label for logs and error messages; never includes a password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.databaseUrl) return `PostgreSQL at ${redactUrl(config.databaseUrl)}`;
  const dir = resolveDataDir(config.dataDir);
  return dir.startsWith(MEMORY_DATA_DIR)
    ? 'the in-memory embedded database'
    : `the embedded database in ${dir}`;
}

/** `postgresql://user:secret@host/db` → `postgresql://user@host/db`; unparsable input is not echoed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return '(an unparsable DATABASE_URL)';
  }
}
