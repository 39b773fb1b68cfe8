import {
  createPGliteTestDatabase,
  createPostgresTestDatabase,
  resolveTestServer,
  type TestDatabase,
} from '@preceptor/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttemptCounter, type AttemptRule } from './attempt-counter.ts';

const RULE: AttemptRule = {
  freeAttempts: 3,
  firstDelaySeconds: 10,
  maxDelaySeconds: 40,
  forgetAfterSeconds: 3600,
};

/** Both databases Preceptor runs on: a PostgreSQL server, and the embedded PGlite of `pnpm start`. */
const databases: [string, () => Promise<TestDatabase>][] = [
  [
    'PostgreSQL',
    async () => {
      const url = await resolveTestServer();
      return url ? createPostgresTestDatabase(url) : createPGliteTestDatabase();
    },
  ],
  ['embedded PGlite', () => createPGliteTestDatabase()],
];

/** Moves the key's count back in time, as if that long had passed. */
async function passTime(database: TestDatabase, key: string, seconds: number): Promise<void> {
  await database.prisma.$executeRaw`
    UPDATE "ThrottleCounter"
    SET "lastAttemptAt" = "lastAttemptAt" - make_interval(secs => ${seconds}::float8),
        "resetAt" = "resetAt" - make_interval(secs => ${seconds}::float8)
    WHERE "key" = ${key}`;
}

describe.each(databases)('AttemptCounter on %s', (_name, open) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it('admits the free attempts, then doubles the wait up to the cap, counting only admitted ones', async () => {
    const counter = new AttemptCounter(database.prisma, RULE);
    const takes = await Promise.all(Array.from({ length: 8 }, () => counter.take('k')));
    expect(takes.filter((wait) => wait === 0)).toHaveLength(3);
    expect(takes.filter((wait) => wait > 8 && wait <= 10)).toHaveLength(5);

    for (const wait of [10, 20, 40, 40]) {
      expect(await counter.take('k')).toBeGreaterThan(wait - 2);
      await passTime(database, 'k', wait);
      expect(await counter.take('k')).toBe(0);
    }
    expect(await counter.take('other')).toBe(0);
  });

  it('gives an attempt back, forgets a key, and starts again after the forget time', async () => {
    const counter = new AttemptCounter(database.prisma, RULE);
    for (let i = 0; i < 3; i++) expect(await counter.take('a')).toBe(0);
    expect(await counter.take('a')).toBeGreaterThan(0);
    await counter.giveBack('a');
    expect(await counter.take('a')).toBe(0);

    await counter.forget('a');
    for (let i = 0; i < 3; i++) expect(await counter.take('a')).toBe(0);
    await passTime(database, 'a', 3600);
    for (let i = 0; i < 3; i++) expect(await counter.take('a')).toBe(0);
  });
});
