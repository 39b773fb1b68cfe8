// Throwaway, migrated databases for integration tests in any package:
//
//   import { createTestDatabase } from '@preceptor/db/testing/test-database';
//   const db = await createTestDatabase();   // { kind, url, prisma, database, drop }
//   afterAll(() => db.drop());
//
// PostgreSQL at TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres): a new
// uniquely named database, copied from a migrated template. Without a reachable server: in CI an
// error; elsewhere an in-memory PGlite (real PostgreSQL in WebAssembly) and a one-line warning,
// so `pnpm test` works on a laptop with nothing but Node.
import { PGlite } from '@electric-sql/pglite';
import { createPrismaClient, createPrismaClientFromPGlite, type Database } from '../client.ts';
import { redactUrl } from '../database-config.ts';
import { DatabaseUnavailableError, toDatabaseUnavailable } from '../database-errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { migrateDatabase } from '../migrate.ts';
import { DEFAULT_MIGRATIONS_DIR } from '../schema-engine.ts';
import {
  databaseUrl,
  ensureTemplate,
  forgetTemplate,
  newTestDatabaseName,
  withAdminClient,
} from './postgres-template.ts';

const DEFAULT_TEST_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  kind: 'postgresql' | 'pglite';
  /** Connection string of this database; null for the in-memory PGlite fallback. */
  url: string | null;
  prisma: PrismaClient;
  /** The handle behind `prisma` (for migrateDatabase, or code that takes a Database). */
  database: Database;
  /** Closes the client and deletes the database. Idempotent. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Leave the database without any table (to test migrations themselves). */
  empty?: boolean;
  /** Migrations to apply (default: packages/db/prisma/migrations). */
  migrationsDir?: string;
}

/** PostgreSQL when the test server answers, otherwise (outside CI) in-memory PGlite. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = await resolveTestServer();
  return serverUrl ? createPostgresTestDatabase(serverUrl, options) : createPGliteTestDatabase(options);
}

let chosen: Promise<string | null> | undefined;

/**
 * The PostgreSQL server tests use, or null for the PGlite fallback; decided once per process.
 * Throws in CI, or when TEST_DATABASE_URL is set, if the server cannot be used.
 */
export function resolveTestServer(): Promise<string | null> {
  chosen ??= (async () => {
    const configured = process.env.TEST_DATABASE_URL?.trim() || undefined;
    const serverUrl = configured ?? DEFAULT_TEST_DATABASE_URL;
    try {
      await withAdminClient(serverUrl, (client) => client.query('SELECT 1'));
      return serverUrl;
    } catch (error) {
      const reason = toDatabaseUnavailable(
        error,
        `the test server (PostgreSQL at ${redactUrl(serverUrl)})`,
      ).message;
      // CI must test on the real server; an explicitly configured server that fails is a mistake
      // to report, not to paper over.
      const inCi = !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase());
      if (inCi || configured) {
        const where = inCi ? 'in CI' : 'when TEST_DATABASE_URL is set';
        throw new DatabaseUnavailableError(`Integration tests need PostgreSQL ${where}. ${reason}`, {
          cause: error,
        });
      }
      console.warn(`[test-database] Falling back to in-memory PGlite. ${reason}`);
      return null;
    }
  })();
  return chosen;
}

/** A fresh database on the server at `serverUrl` (a URL whose database is a maintenance one). */
export async function createPostgresTestDatabase(
  serverUrl: string = DEFAULT_TEST_DATABASE_URL,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const name = newTestDatabaseName();
  for (let attempt = 1; ; attempt++) {
    const template = options.empty ? 'template0' : await ensureTemplate(serverUrl, migrationsDir);
    try {
      await withAdminClient(serverUrl, (admin) =>
        admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`),
      );
      break;
    } catch (error) {
      // 3D000: the template is gone — an older checkout's test run on this server dropped it.
      if ((error as { code?: string }).code !== '3D000' || attempt >= 3) throw error;
      forgetTemplate(serverUrl, migrationsDir);
    }
  }
  const url = databaseUrl(serverUrl, name);
  // Tests run queries one after another: a small pool keeps many test files under max_connections.
  const database = createPrismaClient({ databaseUrl: url }, { poolSize: 4 });
  let dropped: Promise<void> | undefined;
  return {
    kind: 'postgresql',
    url,
    prisma: database.prisma,
    database,
    drop: () => {
      dropped ??= (async () => {
        await database.close();
        await withAdminClient(serverUrl, (admin) =>
          admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
        );
      })();
      return dropped;
    },
  };
}

const pgliteTemplates = new Map<string, Promise<Blob>>();

/**
 * A fresh in-memory PGlite. The migrated state is built once per process and dumped; each database
 * loads the dump (≈0.3 s instead of ≈1 s start + migrations).
 */
export async function createPGliteTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  let pglite: PGlite;
  if (options.empty) {
    pglite = await PGlite.create();
  } else {
    const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
    let dump = pgliteTemplates.get(migrationsDir);
    if (!dump) {
      dump = buildPGliteTemplate(migrationsDir);
      dump.catch(() => pgliteTemplates.delete(migrationsDir));
      pgliteTemplates.set(migrationsDir, dump);
    }
    pglite = await PGlite.create({ loadDataDir: await dump });
  }
  const database = createPrismaClientFromPGlite(pglite, 'an in-memory test database (PGlite)');
  return { kind: 'pglite', url: null, prisma: database.prisma, database, drop: database.close };
}

async function buildPGliteTemplate(migrationsDir: string): Promise<Blob> {
  const pglite = await PGlite.create();
  const database = createPrismaClientFromPGlite(pglite);
  try {
    await migrateDatabase(database, { migrationsDir });
    return await pglite.dumpDataDir('none');
  } finally {
    await database.close();
  }
}
