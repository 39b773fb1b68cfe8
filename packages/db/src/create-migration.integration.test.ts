import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createMigration,
  diffMigrationsToSchema,
  isEmptyMigration,
  migrationSlug,
} from './create-migration.ts';
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from './schema-engine.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'preceptor-create-migration-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const SCHEMA_V1 = `generator client {
  provider = "prisma-client"
  output   = "./generated"
}

datasource db {
  provider = "postgresql"
}

model Note {
  id   String @id
  body String
}
`;
const SCHEMA_V2 = SCHEMA_V1.replace('  body String\n', '  body String\n  pinned Boolean @default(false)\n');

/** Every file under a folder with its content: "nothing written" means this did not change. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, file)] = readFileSync(file, 'utf8');
    }
  }
  return files;
}

describe('createMigration', () => {
  it('writes the first migration and the lock file, then nothing while the schema is unchanged', async () => {
    const migrationsDir = path.join(workDir, 'migrations');
    const schemaPath = path.join(workDir, 'schema.prisma');
    writeFileSync(schemaPath, SCHEMA_V1);

    const first = await createMigration({
      name: 'Create notes',
      migrationsDir,
      schemaPath,
      now: new Date('2025-03-04T05:06:07Z'),
    });
    expect(first).toMatchObject({ created: true, migrationName: '20250304050607_create_notes' });
    expect(first.created && first.sql).toContain('CREATE TABLE "Note"');
    expect(readFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toContain(
      'provider = "postgresql"',
    );

    const before = snapshot(migrationsDir);
    expect(await createMigration({ name: 'nothing', migrationsDir, schemaPath })).toEqual({ created: false });
    expect(snapshot(migrationsDir)).toEqual(before);

    // A change produces only the difference, in a folder that sorts after the first one even if
    // the clock says otherwise.
    writeFileSync(schemaPath, SCHEMA_V2);
    const second = await createMigration({
      name: 'pin notes',
      migrationsDir,
      schemaPath,
      now: new Date('2025-03-04T05:06:07Z'),
    });
    expect(second).toMatchObject({ created: true, migrationName: '20250304050608_pin_notes' });
    expect(second.created && second.sql).toMatch(
      /ALTER TABLE "Note" ADD COLUMN\s+"pinned" BOOLEAN NOT NULL DEFAULT false/,
    );
    expect(second.created && second.sql).not.toContain('CREATE TABLE');
  });

  it('finds prisma/migrations in step with schema.prisma (else: pnpm db:migration:create <name>)', async () => {
    const scratch = path.join(workDir, 'real-migrations');
    cpSync(DEFAULT_MIGRATIONS_DIR, scratch, { recursive: true });
    const sql = await diffMigrationsToSchema(scratch, DEFAULT_SCHEMA_PATH);
    expect(isEmptyMigration(sql), `schema.prisma has changes without a migration:\n${sql}`).toBe(true);
  });
});

describe('migrationSlug', () => {
  it('makes snake_case folder names like the Prisma CLI', () => {
    expect(migrationSlug('Add goals')).toBe('add_goals');
    expect(migrationSlug('addGoalDueDates')).toBe('add_goal_due_dates');
    expect(migrationSlug('  drop-legacy   tables! ')).toBe('drop_legacy_tables');
    expect(() => migrationSlug('!!!')).toThrow(/needs a name/);
  });
});
