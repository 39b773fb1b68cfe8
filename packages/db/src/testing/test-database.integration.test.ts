import { describe, expect, it } from 'vitest';
import { withAdminClient } from './postgres-template.ts';
import { createPGliteTestDatabase, createTestDatabase, resolveTestServer } from './test-database.ts';

const serverUrl = await resolveTestServer();

describe('createTestDatabase', () => {
  it.skipIf(!serverUrl)(
    'gives each caller its own migrated PostgreSQL database, and drop() removes it',
    async () => {
      const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
      try {
        expect(a.kind).toBe('postgresql');
        expect(a.url).not.toBe(b.url);
        await a.prisma.hospital.create({
          data: { name: 'Only in A', code: 'A', city: 'X', state: 'Y', timeZone: 'UTC' },
        });
        expect(await a.prisma.hospital.count()).toBe(1);
        expect(await b.prisma.hospital.count()).toBe(0);
      } finally {
        await Promise.all([a.drop(), b.drop()]);
      }
      const name = new URL(a.url ?? '').pathname.slice(1);
      const { rows } = await withAdminClient(serverUrl ?? '', (admin) =>
        admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]),
      );
      expect(rows).toEqual([]);
    },
  );

  it('falls back to a migrated in-memory PGlite', async () => {
    const db = await createPGliteTestDatabase();
    try {
      expect(db).toMatchObject({ kind: 'pglite', url: null });
      await db.prisma.hospital.create({
        data: { name: 'H', code: 'H', city: 'X', state: 'Y', timeZone: 'UTC' },
      });
      expect(await db.prisma.hospital.count()).toBe(1);
    } finally {
      await db.drop();
    }
    const other = await createPGliteTestDatabase(); // from the same dump: starts empty again
    try {
      expect(await other.prisma.hospital.count()).toBe(0);
    } finally {
      await other.drop();
    }
  });
});
