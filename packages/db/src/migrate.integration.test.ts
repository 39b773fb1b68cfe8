// The migration runner on both backends: a real PostgreSQL server (a throwaway database) and a
// PGlite folder under the OS temp dir.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from './client.ts';
import type { DatabaseConfig } from './database-config.ts';
import { MigrationError } from './database-errors.ts';
import { markMigrationRolledBack, migrateDatabase } from './migrate.ts';
import {
  BAD_MIGRATION,
  BROKEN_SQL,
  FIXED_SQL,
  GOOD_MIGRATION,
  WIDGETS_SQL,
  writeMigrations,
} from './testing/migration-fixtures.ts';
import { createPostgresTestDatabase, resolveTestServer } from './testing/test-database.ts';

const serverUrl = await resolveTestServer();
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Backend {
  name: string;
  available: boolean;
  /** A new, empty database. */
  fresh(): Promise<DatabaseConfig>;
}

const backends: Backend[] = [
  {
    name: 'PostgreSQL',
    available: serverUrl !== null,
    async fresh() {
      const db = await createPostgresTestDatabase(serverUrl ?? undefined, { empty: true });
      cleanups.push(db.drop);
      return { databaseUrl: db.url ?? '' };
    },
  },
  {
    name: 'PGlite',
    available: true,
    async fresh() {
      const dir = mkdtempSync(path.join(tmpdir(), 'preceptor-pglite-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      return { dataDir: path.join(dir, 'data') };
    },
  },
];

/** A temp migrations folder, removed after the file's tests. */
function migrationsFolder(migrations: Record<string, string>): string {
  const dir = writeMigrations(migrations);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs SQL on a database through a short-lived client (PGlite allows one open handle). */
async function query<T>(config: DatabaseConfig, sql: string): Promise<T[]> {
  const db = createPrismaClient(config);
  try {
    return await db.prisma.$queryRawUnsafe<T[]>(sql);
  } finally {
    await db.close();
  }
}

interface MigrationRow {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

const migrationRows = (config: DatabaseConfig) =>
  query<MigrationRow>(
    config,
    'SELECT migration_name, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY started_at',
  );

const tableExists = async (config: DatabaseConfig, table: string) =>
  (await query<{ found: string | null }>(config, `SELECT to_regclass('"${table}"')::text AS found`))[0]
    ?.found !== null;

describe.each(backends)('migrateDatabase on $name', (backend) => {
  it.skipIf(!backend.available)(
    'applies the real migrations, and the client works on the result',
    async () => {
      const config = await backend.fresh();
      const result = await migrateDatabase(config);
      expect(result.applied.length).toBeGreaterThan(0);
      expect(result.applied).toHaveLength(result.total);

      const db = createPrismaClient(config);
      try {
        const hospital = await db.prisma.hospital.create({
          data: {
            name: 'Test General',
            code: 'TG',
            city: 'Springfield',
            state: 'IL',
            timeZone: 'America/Chicago',
          },
        });
        expect(await db.prisma.hospital.findUnique({ where: { id: hospital.id } })).toMatchObject({
          code: 'TG',
        });
      } finally {
        await db.close();
      }
    },
  );

  it.skipIf(!backend.available)(
    'records migrations in _prisma_migrations; a second run is a no-op',
    async () => {
      const config = await backend.fresh();
      const migrationsDir = migrationsFolder({ [GOOD_MIGRATION]: WIDGETS_SQL });

      expect((await migrateDatabase(config, { migrationsDir })).applied).toEqual([GOOD_MIGRATION]);
      expect((await migrateDatabase(config, { migrationsDir })).applied).toEqual([]);

      const rows = await migrationRows(config);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        migration_name: GOOD_MIGRATION,
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect(rows[0]?.finished_at).toBeInstanceOf(Date);
      // The whole script ran, semicolon-in-a-string and DO block included.
      expect(await query(config, 'SELECT name FROM "Widget"')).toEqual([{ name: 'first; and only' }]);
    },
  );

  it.skipIf(!backend.available)(
    'fails loudly on a broken migration and never records it as applied',
    async () => {
      const config = await backend.fresh();
      const migrationsDir = migrationsFolder({ [GOOD_MIGRATION]: WIDGETS_SQL, [BAD_MIGRATION]: BROKEN_SQL });

      const failure = migrateDatabase(config, { migrationsDir });
      await expect(failure).rejects.toBeInstanceOf(MigrationError);
      await expect(failure).rejects.toThrow(new RegExp(`${BAD_MIGRATION}.*no_such_table`));

      const rows = await migrationRows(config);
      expect(rows.map((r) => r.migration_name)).toEqual([GOOD_MIGRATION, BAD_MIGRATION]);
      expect(rows[1]).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
      // Its statements ran as one transaction: the table its first statement created is gone.
      expect(await tableExists(config, 'HalfDone')).toBe(false);
      expect(await tableExists(config, 'Widget')).toBe(true);

      // Later runs refuse to go on, and say how to resolve it.
      await expect(migrateDatabase(config, { migrationsDir })).rejects.toThrow(
        `failed in an earlier run. Fix its migration.sql, then run: pnpm db:migrate --rolled-back ${BAD_MIGRATION}`,
      );

      // Fixed and marked rolled back, it applies.
      writeFileSync(path.join(migrationsDir, BAD_MIGRATION, 'migration.sql'), FIXED_SQL);
      await markMigrationRolledBack(config, BAD_MIGRATION);
      expect((await migrateDatabase(config, { migrationsDir })).applied).toEqual([BAD_MIGRATION]);
      expect(await tableExists(config, 'HalfDone')).toBe(true);
    },
  );
});
