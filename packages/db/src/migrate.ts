// Applies prisma/migrations/<name>/migration.sql folders that the database has not seen yet, with
// Prisma's own (WebAssembly) schema engine, recording each in Prisma's _prisma_migrations table —
// exactly what `prisma migrate deploy` does, so either tool can take over from the other.
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { openPGlite } from './adapters/pglite-adapter.ts';
import { openPostgres } from './adapters/postgres-adapter.ts';
import type { Database } from './client.ts';
import { postgresUrlOf } from './client.ts';
import { type DatabaseConfig, describeDatabase, resolveDataDir } from './database-config.ts';
import {
  assertPostgresUrl,
  DatabaseUnavailableError,
  engineErrorText,
  MigrationError,
  toDatabaseUnavailable,
} from './database-errors.ts';
import {
  createSchemaEngine,
  DEFAULT_MIGRATIONS_DIR,
  type MigrationList,
  NO_FILTERS,
  readMigrationsDir,
} from './schema-engine.ts';

export interface MigrateOptions {
  /** Folder of migrations (default: packages/db/prisma/migrations). */
  migrationsDir?: string;
  /** Receives the engine's JSON log lines; silent by default. */
  engineLog?: (line: string) => void;
}

export interface MigrateResult {
  /** Migrations applied by this run, in order; empty when the database was up to date. */
  applied: string[];
  /** How many migrations the folder holds. */
  total: number;
  description: string;
  durationMs: number;
}

interface Target {
  description: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/**
 * Brings the database up to date. Takes a config (opens and closes its own connection) or an open
 * Database (needed for an in-memory PGlite, which only exists inside its handle).
 *
 * Throws DatabaseUnavailableError when the database cannot be reached, MigrationError when a
 * migration fails — the failing migration's statements are rolled back together and it is
 * recorded as failed (never as applied); later runs refuse to continue until it is resolved.
 */
export async function migrateDatabase(
  target: DatabaseConfig | Database,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const started = performance.now();
  const opened = openTarget(target);
  try {
    await assertReachable(opened);
    const migrationsList = await readMigrationsDir(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
    const total = migrationsList.migrationDirectories.length;
    if (await allRecordedAsApplied(opened, migrationsList)) {
      return {
        applied: [],
        total,
        description: opened.description,
        durationMs: Math.round(performance.now() - started),
      };
    }
    const engine = await createSchemaEngine(
      opened.adapterFactory,
      options.engineLog ? { log: options.engineLog } : {},
    );
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return {
        applied: appliedMigrationNames,
        total,
        description: opened.description,
        durationMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      throw new MigrationError(explainMigrationFailure(error, opened.description), { cause: error });
    } finally {
      engine.free();
    }
  } finally {
    await opened.close();
  }
}

/**
 * Marks a failed migration as rolled back (like `prisma migrate resolve --rolled-back`), so the
 * next migrate run applies the corrected migration.sql. Safe here because a failed migration ran
 * as one implicit transaction and left nothing behind.
 */
export async function markMigrationRolledBack(
  target: DatabaseConfig | Database,
  migrationName: string,
): Promise<void> {
  const opened = openTarget(target);
  try {
    await assertReachable(opened);
    const engine = await createSchemaEngine(opened.adapterFactory);
    try {
      await engine.markMigrationRolledBack({ migrationName });
    } catch (error) {
      throw new MigrationError(`Cannot mark ${migrationName} as rolled back: ${engineErrorText(error)}`, {
        cause: error,
      });
    } finally {
      engine.free();
    }
  } finally {
    await opened.close();
  }
}

function openTarget(target: DatabaseConfig | Database): Target {
  if ('prisma' in target) {
    // PostgreSQL: a pool of our own even when the caller has one. The engine takes a session-level
    // advisory lock and never releases it; a dedicated single-connection pool, ended afterwards,
    // is the only way to be sure the lock goes away (and all engine statements share it).
    const url = postgresUrlOf(target);
    if (!url)
      return {
        description: target.description,
        adapterFactory: target.adapterFactory,
        close: async () => {},
      };
    return { description: target.description, ...openPostgres(url, { max: 1 }) };
  }
  const description = describeDatabase(target);
  if (target.databaseUrl) {
    assertPostgresUrl(target.databaseUrl);
    return { description, ...openPostgres(target.databaseUrl, { max: 1 }) };
  }
  try {
    return { description, ...openPGlite(resolveDataDir(target.dataDir)) };
  } catch (error) {
    throw new DatabaseUnavailableError(`Cannot use ${description}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** One `SELECT 1` first, so a wrong URL reads as such instead of as an engine error. */
async function assertReachable(target: Target): Promise<void> {
  try {
    const adapter = await target.adapterFactory.connect();
    try {
      await adapter.queryRaw({ sql: 'SELECT 1', args: [], argTypes: [] });
    } finally {
      await adapter.dispose();
    }
  } catch (error) {
    throw toDatabaseUnavailable(error, target.description);
  }
}

/**
 * True when the database records every migration in the folder as applied and none as failed:
 * nothing to do, so the schema engine (seconds to load, on every start) is not started. Anything
 * else — no migrations table yet, a new migration, a failed one — goes to the engine, which
 * applies or explains it.
 */
async function allRecordedAsApplied(target: Target, list: MigrationList): Promise<boolean> {
  const adapter = await target.adapterFactory.connect();
  try {
    const query = async (sql: string) => (await adapter.queryRaw({ sql, args: [], argTypes: [] })).rows;
    const [table] = await query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL`);
    if (table?.[0] !== true) return false;
    const applied = new Set<unknown>();
    for (const [name, finished, rolledBack] of await query(
      'SELECT migration_name, finished_at IS NOT NULL, rolled_back_at IS NOT NULL FROM _prisma_migrations',
    )) {
      if (rolledBack === true) continue;
      if (finished !== true) return false;
      applied.add(name);
    }
    const folder = list.migrationDirectories.map((directory) => directory.path);
    return applied.size === folder.length && folder.every((name) => applied.has(name));
  } finally {
    await adapter.dispose();
  }
}

function explainMigrationFailure(error: unknown, description: string): string {
  const text = engineErrorText(error);
  const failed = /The `([^`]+)` migration started at .* failed/.exec(text)?.[1];
  if (failed) {
    return (
      `Migrations were not applied to ${description}: migration ${failed} failed in an earlier run. ` +
      `Fix its migration.sql, then run: pnpm db:migrate --rolled-back ${failed}`
    );
  }
  const running = /migration_name="([^"]+)"/.exec(error instanceof Error ? error.message : '')?.[1];
  return `Migration ${running ?? ''} failed on ${description} and was rolled back: ${text}`.replace(
    '  ',
    ' ',
  );
}
