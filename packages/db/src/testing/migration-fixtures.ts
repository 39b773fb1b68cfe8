// Small migration folders for the migration runner's own tests (independent of the real schema).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const GOOD_MIGRATION = '20250101000000_widgets';
export const BAD_MIGRATION = '20250102000000_broken';

/** A temp folder holding the given migrations (name → SQL), plus Prisma's lock file. */
export function writeMigrations(migrations: Record<string, string>, dir?: string): string {
  const base = dir ?? mkdtempSync(path.join(tmpdir(), 'preceptor-migrations-'));
  writeFileSync(path.join(base, 'migration_lock.toml'), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(base, name), { recursive: true });
    writeFileSync(path.join(base, name, 'migration.sql'), sql);
  }
  return base;
}

export const WIDGETS_SQL = `CREATE TABLE "Widget" ("id" SERIAL PRIMARY KEY, "name" TEXT NOT NULL);
-- a semicolon inside a string and a DO block must survive (PrismaPg's own script runner splits on ';')
INSERT INTO "Widget" ("name") VALUES ('first; and only');
DO $$ BEGIN PERFORM 1; END $$;
`;

/** Its first statement succeeds; the second fails. Nothing of it may remain. */
export const BROKEN_SQL = `CREATE TABLE "HalfDone" ("id" INTEGER);
SELECT * FROM "no_such_table";
`;

export const FIXED_SQL = `CREATE TABLE "HalfDone" ("id" INTEGER);
`;
