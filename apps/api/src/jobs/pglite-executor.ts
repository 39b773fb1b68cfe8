import type { Database } from '@preceptor/db';
import type PgBoss from 'pg-boss';

/**
 * pg-boss on the embedded database, through PGlite's own API rather than a socket.
 *
 * @electric-sql/pglite-socket does serve PGlite over the PostgreSQL protocol, and pg-boss runs
 * over it, but the socket takes only PGlite's per-statement lock, not its transaction lock: a
 * queue statement arriving while the app is inside a Prisma transaction runs *inside* that
 * transaction (it sees uncommitted rows and is rolled back with it), and the app's statements can
 * land between the Parse and Sync of a queue statement. PGlite's `query` and `exec` take the
 * transaction lock, so each queue statement runs on its own, between the app's transactions.
 * There is one session, so this is also what "pool size 1" means here.
 */
export function pgliteExecutor(pglite: NonNullable<Database['pglite']>): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      // pg-boss sends its locked maintenance and migration scripts (BEGIN; …; COMMIT;) without
      // values: they run as one simple-protocol script, as node-postgres would send them.
      if (!values || values.length === 0) {
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      const result = await pglite.query(text, values);
      return { rows: result.rows };
    },
  };
}
