// The per-criterion REFLECT migration keeps reviews written before it valid: their learning "NONE"
// becomes unrated (NULL), and they read with no criterion ratings rather than invented ones.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createPrismaClient } from './client.ts';
import { migrateDatabase } from './migrate.ts';
import { createPostgresTestDatabase, resolveTestServer } from './testing/test-database.ts';

const MIGRATION = '20261202041331_reflect_per_criterion';
const ALL = path.resolve(import.meta.dirname, '../prisma/migrations');
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The real migrations folder up to (not including) the given migration. */
function migrationsBefore(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'preceptor-migrations-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const entry of readdirSync(ALL)) {
    if (entry < name || entry === 'migration_lock.toml')
      cpSync(path.join(ALL, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

const serverUrl = await resolveTestServer();

it.skipIf(serverUrl === null)('keeps reviews written before per-criterion rating valid', async () => {
  const db = await createPostgresTestDatabase(serverUrl ?? undefined, { empty: true });
  cleanups.push(db.drop);
  const config = { databaseUrl: db.url ?? '' };
  await migrateDatabase(config, { migrationsDir: migrationsBefore(MIGRATION) });

  const client = createPrismaClient(config);
  cleanups.push(() => client.close());
  const sql = client.prisma.$executeRawUnsafe.bind(client.prisma);
  await sql(`INSERT INTO "User" (id, email, "firstName", "lastName", "updatedAt")
             VALUES ('u-writer', 'w@example.test', 'W', 'R', now()), ('u-mentor', 'm@example.test', 'M', 'T', now())`);
  await sql(`INSERT INTO "Reflection" (id, "authorId", title, body, status, "updatedAt")
             VALUES ('r-1', 'u-writer', 'Old', '<p>Old text.</p>', 'REVIEWED', now())`);
  await sql(`INSERT INTO "Review" (id, "reflectionId", "reflectionVersion", "mentorId", level, learning, "generalComment", outcome)
             VALUES ('rv-none', 'r-1', 1, 'u-mentor', 'THOUGHTFUL_ACTION', 'NONE', 'Fine.', 'REVIEWED'),
                    ('rv-conf', 'r-1', 1, 'u-mentor', 'REFLECTION', 'CONFIRMATORY', 'Deeper.', 'REVIEWED')`);

  const result = await migrateDatabase(config);
  expect(result.applied).toContain(MIGRATION);

  const reviews = await client.prisma.review.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, level: true, learning: true, derivedLevel: true, concerns: true, ratings: true },
  });
  expect(reviews).toEqual([
    {
      id: 'rv-conf',
      level: 'REFLECTION',
      learning: 'CONFIRMATORY',
      derivedLevel: null,
      concerns: [],
      ratings: [],
    },
    {
      id: 'rv-none',
      level: 'THOUGHTFUL_ACTION',
      learning: null,
      derivedLevel: null,
      concerns: [],
      ratings: [],
    },
  ]);
});
