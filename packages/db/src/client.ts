// The one way to get a PrismaClient: PostgreSQL when a URL is given, otherwise the embedded PGlite
// database in a folder. Callers pass a DatabaseConfig (from databaseConfigFromEnv at the edge).
import type { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { openPGlite, wrapPGlite } from './adapters/pglite-adapter.ts';
import { openPostgres } from './adapters/postgres-adapter.ts';
import { type DatabaseConfig, describeDatabase, resolveDataDir } from './database-config.ts';
import { assertPostgresUrl, DatabaseUnavailableError, toDatabaseUnavailable } from './database-errors.ts';
import { type Prisma, PrismaClient } from './generated/prisma/client.ts';

export type DatabaseKind = 'postgresql' | 'pglite';

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** e.g. "PostgreSQL at postgresql://postgres@127.0.0.1:5432/preceptor" (no password). */
  description: string;
  /** The driver adapter behind `prisma`; migrateDatabase reuses it. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * The embedded instance itself (kind 'pglite'), for a caller that needs SQL outside Prisma,
   * such as the job queue; undefined on PostgreSQL, where such callers connect with the URL.
   */
  pglite?: PGlite;
  /** Disconnects Prisma, then ends the pool / closes PGlite (flushing it to disk). Idempotent. */
  close(): Promise<void>;
}

export interface ClientOptions {
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** Prisma log levels, e.g. ['query'] while debugging. */
  log?: Prisma.LogLevel[];
}

/** Remembers what each client points at, so checkDatabase(prisma) can name it in its message. */
const descriptions = new WeakMap<object, string>();
/** migrateDatabase opens a connection of its own to the same server (see migrate.ts). */
const postgresUrls = new WeakMap<Database, string>();

/** Internal: the PostgreSQL URL behind a Database, or undefined for PGlite. */
export function postgresUrlOf(database: Database): string | undefined {
  return postgresUrls.get(database);
}

/**
 * Synchronous: nothing connects until the first query. Throws DatabaseUnavailableError at once for
 * a malformed URL or an embedded folder held by another process; call checkDatabase(prisma) to
 * find out whether the database is actually reachable.
 */
export function createPrismaClient(config: DatabaseConfig = {}, options: ClientOptions = {}): Database {
  const description = describeDatabase(config);
  if (config.databaseUrl) {
    assertPostgresUrl(config.databaseUrl);
    const connection = openPostgres(config.databaseUrl, options.poolSize ? { max: options.poolSize } : {});
    const database = assemble(
      'postgresql',
      description,
      connection.adapterFactory,
      connection.close,
      options,
    );
    postgresUrls.set(database, config.databaseUrl);
    return database;
  }
  let connection: ReturnType<typeof openPGlite>;
  try {
    connection = openPGlite(resolveDataDir(config.dataDir));
  } catch (error) {
    throw new DatabaseUnavailableError(`Cannot use ${description}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return assemble(
    'pglite',
    description,
    connection.adapterFactory,
    connection.close,
    options,
    connection.pglite,
  );
}

/**
 * A client over a PGlite instance you created yourself (e.g. loaded from a dump by the test
 * utilities). close() closes the instance.
 */
export function createPrismaClientFromPGlite(
  pglite: PGlite,
  description = 'an in-memory embedded database',
  options: ClientOptions = {},
): Database {
  const connection = wrapPGlite(pglite);
  return assemble('pglite', description, connection.adapterFactory, connection.close, options, pglite);
}

function assemble(
  kind: DatabaseKind,
  description: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  closeConnection: () => Promise<void>,
  options: ClientOptions,
  pglite?: PGlite,
): Database {
  const prisma = new PrismaClient({ adapter: adapterFactory, ...(options.log ? { log: options.log } : {}) });
  descriptions.set(prisma, description);
  let closed: Promise<void> | undefined;
  return {
    prisma,
    kind,
    description,
    adapterFactory,
    ...(pglite ? { pglite } : {}),
    close: () => {
      closed ??= (async () => {
        try {
          await prisma.$disconnect();
        } finally {
          await closeConnection();
        }
      })();
      return closed;
    },
  };
}

/**
 * Runs `SELECT 1`. Any failure becomes a DatabaseUnavailableError with one human line, e.g.
 * "Cannot use PostgreSQL at postgresql://postgres@127.0.0.1:5999/x: the server is not reachable — …".
 */
export async function checkDatabase(prisma: PrismaClient): Promise<void> {
  try {
    await prisma.$queryRaw`SELECT 1`;
  } catch (error) {
    throw toDatabaseUnavailable(error, descriptions.get(prisma) ?? 'the database');
  }
}
