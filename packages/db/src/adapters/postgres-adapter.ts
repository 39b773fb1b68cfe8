// PostgreSQL through node-postgres and Prisma's PrismaPg adapter, with three repairs that the
// WebAssembly schema engine needs (see shared notes, "Prisma 7 offline"):
//  1. PostgreSQL's internal `"char"` type (OID 18, e.g. pg_class.relkind) is reported as text, or
//     PrismaPg refuses it and schema inspection dies with "Column type 'char' could not be
//     deserialized".
//  2. A migration script runs as ONE simple-protocol query, like Prisma's native engine does, so
//     PostgreSQL wraps it in an implicit transaction: a failing migration leaves nothing behind.
//     (PrismaPg splits on ';', which breaks `DO $$ … $$` bodies and commits statement by statement.)
//  3. The shadow database is a throwaway in-memory PGlite. PrismaPg's own shadow factory can end up
//     on the main database (its connection string overrides `database`) and leaves stray databases.
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { asDriverAdapterError } from './driver-error.ts';
import { openInMemoryShadow } from './pglite-adapter.ts';

const CHAR_OID = 18;
const TEXT_OID = 25;

export interface PostgresConnection {
  pool: pg.Pool;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export interface PostgresOptions {
  /** Pool size; PrismaPg's default is node-postgres's 10. */
  max?: number;
  /** Give up connecting after this long, so an unreachable host fails fast instead of hanging. */
  connectionTimeoutMillis?: number;
}

/** Opens a pool lazily (no connection is made until the first query). */
export function openPostgres(databaseUrl: string, options: PostgresOptions = {}): PostgresConnection {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    Client: CharAsTextClient,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
  });
  // An idle client losing its server (restart, network) must not crash the process; the next
  // query reports the problem instead.
  pool.on('error', () => {});
  const prismaPg = new PrismaPg(pool, { disposeExternalPool: false });
  const adapterFactory: SqlMigrationAwareDriverAdapterFactory = {
    provider: prismaPg.provider,
    adapterName: prismaPg.adapterName,
    connect: async () => withAtomicScripts(await prismaPg.connect(), pool),
    connectToShadowDb: openInMemoryShadow,
  };
  let closed: Promise<void> | undefined;
  return {
    pool,
    adapterFactory,
    close: () => {
      closed ??= pool.end();
      return closed;
    },
  };
}

function withAtomicScripts(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  // Overriding one method on the instance keeps every other PrismaPg behaviour untouched.
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      throw asDriverAdapterError(error);
    }
  };
  return adapter;
}

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function charAsText<T>(result: T): T {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as QueryResultLike | undefined)?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * A node-postgres client that relabels `"char"` columns as text in every result. Its values are
 * already plain one-letter strings (node-postgres has no parser for OID 18); only the type tag
 * PrismaPg checks needs changing. Both call styles are covered: the pool calls clients with a
 * callback, PrismaPg's transactions call them with a promise.
 */
class CharAsTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: mirrors node-postgres's overloaded signature
  override query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown) =>
        last(error, error ? result : charAsText(result));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then(charAsText) : out;
  }
}
