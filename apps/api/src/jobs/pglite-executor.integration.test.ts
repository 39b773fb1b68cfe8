import { createPrismaClient, type Database } from '@preceptor/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteExecutor } from './pglite-executor.ts';

/*
 * Why the queue talks to PGlite through its API and not over pglite-socket: PGlite is one
 * session, so a queue statement must never run inside a transaction the app has open.
 */

let database: Database;

beforeAll(async () => {
  database = createPrismaClient({ dataDir: 'memory://' });
  await database.prisma.$executeRawUnsafe('CREATE TABLE probe (id int)');
}, 60_000);

afterAll(async () => {
  await database?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the PGlite executor', () => {
  it('waits for the app’s open transaction and never sees its uncommitted rows', async () => {
    const executor = pgliteExecutor(database.pglite as NonNullable<Database['pglite']>);
    let pending: Promise<{ rows: { n: number }[] }> | undefined;
    let whileOpen = '';
    await database.prisma
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe('INSERT INTO probe VALUES (1)');
        pending = executor.executeSql('SELECT count(*)::int AS n FROM probe WHERE id > $1', [0]);
        whileOpen = await Promise.race([pending.then(() => 'ran'), sleep(500).then(() => 'waited')]);
        throw new Error('roll back');
      })
      .catch(() => {});
    expect(whileOpen).toBe('waited');
    expect((await pending)?.rows).toEqual([{ n: 0 }]);
  });

  it('runs pg-boss’s locked scripts (several statements, no values) as one', async () => {
    const executor = pgliteExecutor(database.pglite as NonNullable<Database['pglite']>);
    const result = await executor.executeSql(
      'BEGIN; INSERT INTO probe VALUES (2); SELECT count(*)::int AS n FROM probe; COMMIT;',
      [],
    );
    expect(result.rows).toEqual([]);
    expect(
      (await executor.executeSql('SELECT count(*)::int AS n FROM probe WHERE id = $1', [2])).rows,
    ).toEqual([{ n: 1 }]);
  });
});
