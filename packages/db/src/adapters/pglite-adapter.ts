// The embedded database: PGlite (PostgreSQL 18 compiled to WebAssembly) behind
// pglite-prisma-adapter. Two repairs over the adapter as published (0.7.2):
//  - its executeScript starts `exec` without awaiting it, so a failing migration is recorded as
//    applied and the error surfaces later as an unhandled rejection. Ours awaits and rethrows.
//  - its shadow database is an in-memory PGlite that is never closed. Ours closes on dispose.
// The adapter is typed against an older @prisma/driver-adapter-utils (7.2): the casts below bridge
// the two declarations of the same interface.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { MEMORY_DATA_DIR } from '../database-config.ts';
import { asDriverAdapterError } from './driver-error.ts';
import { lockDataDir } from './pglite-lock.ts';

export interface PGliteConnection {
  pglite: PGlite;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/**
 * Opens (creating if needed) the database in `dataDir`, or in memory for `memory://`. Synchronous:
 * PGlite starts in the background and every query waits for it, so a broken folder surfaces at the
 * first query (checkDatabase turns it into a DatabaseUnavailableError).
 */
export function openPGlite(dataDir: string): PGliteConnection {
  const inMemory = dataDir.startsWith(MEMORY_DATA_DIR);
  let release = () => {};
  if (!inMemory) {
    release = lockDataDir(dataDir);
    mkdirSync(path.dirname(dataDir), { recursive: true }); // PGlite creates only the last level
  }
  const pglite = new PGlite(inMemory ? undefined : dataDir);
  return wrapPGlite(pglite, release);
}

/** Wraps an instance made elsewhere (e.g. loaded from a dump); close() closes it. */
export function wrapPGlite(pglite: PGlite, onClose: () => void = () => {}): PGliteConnection {
  // Start-up failures are reported to whoever queries; without this catch an instance that is
  // never queried would crash the process with an unhandled rejection.
  pglite.waitReady.catch(() => {});
  let closed: Promise<void> | undefined;
  return {
    pglite,
    adapterFactory: createPGliteAdapterFactory(pglite),
    close: () => {
      closed ??= (async () => {
        try {
          if (!pglite.closed) await pglite.close();
        } catch {
          // An instance that never started has nothing to flush.
        } finally {
          onClose();
        }
      })();
      return closed;
    },
  };
}

export function createPGliteAdapterFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory;
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withAwaitedScripts(await inner.connect(), pglite),
    connectToShadowDb: openInMemoryShadow,
  };
}

/**
 * A fresh in-memory PostgreSQL for the schema engine's shadow database (used to replay the
 * migrations when diffing), for both backends: it never touches a real server and costs ≈1 s.
 */
export async function openInMemoryShadow(): Promise<SqlDriverAdapter> {
  const pglite = await PGlite.create();
  const adapter = withAwaitedScripts(
    await (new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory).connect(),
    pglite,
  );
  adapter.dispose = () => pglite.close();
  return adapter;
}

function withAwaitedScripts(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      // One simple-protocol round trip: PostgreSQL runs the statements in an implicit
      // transaction, so a failing migration leaves nothing half-applied.
      await pglite.exec(script);
    } catch (error) {
      throw asDriverAdapterError(error);
    }
  };
  return adapter;
}
