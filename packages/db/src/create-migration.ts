// Writes the next migration: the SQL that takes a database built from prisma/migrations to what
// schema.prisma describes — what `prisma migrate dev --create-only` produces, without a database.
// The schema engine replays the migrations on a throwaway in-memory PGlite (its "shadow database"),
// inspects the result and diffs it against the schema.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPGliteAdapterFactory } from './adapters/pglite-adapter.ts';
import { engineErrorText, MigrationError } from './database-errors.ts';
import {
  createSchemaEngine,
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  LOCKFILE_NAME,
  NO_FILTERS,
  POSTGRES_LOCKFILE,
  readMigrationsDir,
} from './schema-engine.ts';

export interface CreateMigrationOptions {
  /** Free text; becomes the folder suffix in snake_case, e.g. "Add goals" → `add_goals`. */
  name: string;
  migrationsDir?: string;
  schemaPath?: string;
  /** The folder's timestamp (default: now). */
  now?: Date;
}

export type CreateMigrationResult =
  | { created: false }
  | { created: true; migrationName: string; directory: string; sql: string };

/** Diffs and, when there is a change, writes `<dir>/<timestamp>_<name>/migration.sql`. */
export async function createMigration(options: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const schemaPath = options.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const slug = migrationSlug(options.name);
  const sql = await diffMigrationsToSchema(migrationsDir, schemaPath);
  if (isEmptyMigration(sql)) return { created: false };

  const existing = (await readMigrationsDir(migrationsDir)).migrationDirectories.map((d) => d.path);
  const migrationName = `${nextTimestamp(options.now ?? new Date(), existing)}_${slug}`;
  const directory = path.join(migrationsDir, migrationName);
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, 'migration.sql'), sql, { flag: 'wx' });
  // The engine reads the provider from the lock file; `prisma migrate` writes it with the first
  // migration and so do we.
  await writeFile(path.join(migrationsDir, LOCKFILE_NAME), POSTGRES_LOCKFILE, { flag: 'wx' }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
  return { created: true, migrationName, directory, sql };
}

/** The SQL from the migrations folder's end state to the schema ("-- This is an empty migration." when equal). */
export async function diffMigrationsToSchema(migrationsDir: string, schemaPath: string): Promise<string> {
  const schemaFile = { path: path.basename(schemaPath), content: await readFile(schemaPath, 'utf8') };
  // The engine insists on a live connection even for a diff that only uses the shadow database.
  const pglite = await PGlite.create();
  try {
    const engine = await createSchemaEngine(createPGliteAdapterFactory(pglite), {
      schemaFiles: [schemaFile],
    });
    try {
      const result = await engine.diff({
        from: { tag: 'migrations', ...(await readMigrationsDir(migrationsDir, POSTGRES_LOCKFILE)) },
        to: { tag: 'schemaDatamodel', files: [schemaFile] },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      return result.stdout ?? '';
    } catch (error) {
      throw new MigrationError(
        `Cannot diff the migrations against ${schemaPath}: ${engineErrorText(error)}`,
        {
          cause: error,
        },
      );
    } finally {
      engine.free();
    }
  } finally {
    await pglite.close();
  }
}

/** True when the script has nothing but comments and whitespace. */
export function isEmptyMigration(sql: string): boolean {
  return (
    sql
      .replace(/--[^\n]*/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trim() === ''
  );
}

/** Like the Prisma CLI: snake_case, at most 200 characters. */
export function migrationSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 200);
  if (!slug) throw new MigrationError('A migration needs a name of letters or digits, e.g. "add_goals".');
  return slug;
}

/**
 * YYYYMMDDHHMMSS in UTC, as Prisma names folders — moved past the newest existing folder when
 * needed, because migrations apply in name order and a new one must sort last.
 */
function nextTimestamp(now: Date, existing: string[]): string {
  const format = (d: Date) => d.toISOString().replace(/\D/g, '').slice(0, 14);
  const newest = existing
    .map((name) => name.slice(0, 14))
    .filter((ts) => /^\d{14}$/.test(ts))
    .sort()
    .at(-1);
  if (!newest || format(now) > newest) return format(now);
  const [y, mo, d, h, mi, s] = (newest.match(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/) ?? [])
    .slice(1)
    .map(Number);
  return format(new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, (s ?? 0) + 1)));
}
