import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDatabase, createPrismaClient } from './client.ts';
import { DatabaseUnavailableError } from './database-errors.ts';
import { migrateDatabase } from './migrate.ts';
import { createTestDatabase, resolveTestServer } from './testing/test-database.ts';

const serverUrl = await resolveTestServer();
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});
function tempDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'preceptor-client-'));
  tempDirs.push(dir);
  return path.join(dir, 'pglite');
}

/** checkDatabase's failure, asserted to be one line naming the database. */
async function failureOf(databaseUrl: string): Promise<string> {
  const db = createPrismaClient({ databaseUrl });
  try {
    const error = await checkDatabase(db.prisma).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  } finally {
    await db.close();
  }
}

describe('checkDatabase', () => {
  it('explains an unreachable server in one line, without the password', async () => {
    const message = await failureOf('postgresql://postgres:s3cret@127.0.0.1:1/preceptor');
    expect(message).toBe(
      'Cannot use PostgreSQL at postgresql://postgres@127.0.0.1:1/preceptor: the server is not reachable — ' +
        'is PostgreSQL running, and are the host and port right?',
    );
  });

  it.skipIf(!serverUrl)('explains a missing database', async () => {
    const url = new URL(serverUrl ?? '');
    url.pathname = '/preceptor_no_such_database';
    expect(await failureOf(url.toString())).toMatch(/database "preceptor_no_such_database" does not exist/);
  });

  it('refuses a URL that is not postgresql:// before connecting', () => {
    expect(() => createPrismaClient({ databaseUrl: 'mysql://root@localhost/app' })).toThrow(
      DatabaseUnavailableError,
    );
    expect(() => createPrismaClient({ databaseUrl: 'not a url' })).toThrow(/not a valid URL/);
  });

  it('passes on a working database', async () => {
    const db = await createTestDatabase();
    try {
      await expect(checkDatabase(db.prisma)).resolves.toBeUndefined();
    } finally {
      await db.drop();
    }
  });

  it('turns a bad URL into DatabaseUnavailableError in migrateDatabase too', async () => {
    await expect(migrateDatabase({ databaseUrl: 'postgresql://postgres@127.0.0.1:1/x' })).rejects.toThrow(
      DatabaseUnavailableError,
    );
  });
});

describe.skipIf(!serverUrl)('PostgreSQL client', () => {
  it('reads PostgreSQL\'s internal "char" type (PrismaPg alone refuses it)', async () => {
    const db = await createTestDatabase({ empty: true });
    try {
      const rows = await db.prisma.$queryRaw<{ relkind: string }[]>`SELECT relkind FROM pg_class LIMIT 1`;
      expect(rows[0]?.relkind).toMatch(/^[a-z]$/);
    } finally {
      await db.drop();
    }
  });
});

describe('embedded PGlite client', () => {
  it('persists to its folder across close and reopen', async () => {
    const config = { dataDir: tempDataDir() };
    await migrateDatabase(config);
    const first = createPrismaClient(config);
    await first.prisma.hospital.create({
      data: { name: 'Lakeside', code: 'LKS', city: 'Madison', state: 'WI', timeZone: 'America/Chicago' },
    });
    await first.close();

    const second = createPrismaClient(config);
    try {
      expect(await second.prisma.hospital.findUnique({ where: { code: 'LKS' } })).toMatchObject({
        city: 'Madison',
      });
    } finally {
      await second.close();
    }
  });

  it('refuses a second open of the same folder (PGlite would corrupt it)', async () => {
    const config = { dataDir: tempDataDir() };
    const first = createPrismaClient(config);
    try {
      expect(() => createPrismaClient(config)).toThrow(/already open in this process/);
    } finally {
      await first.close();
    }
    const again = createPrismaClient(config); // released by close()
    await again.close();
  });
});
