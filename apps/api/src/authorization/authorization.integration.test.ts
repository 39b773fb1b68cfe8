import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../routers/app-router.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { ACTOR_EMAILS, ACTORS, type ActorName } from './actors.ts';
import { AUTHORIZATION_TABLE } from './authorization-table.ts';

const REFUSALS = new Set(['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND']);

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** A fresh session per call, so a sign-out or password change in one row cannot spoil another. */
async function clientAs(actor: ActorName): Promise<TestClient> {
  return actor === 'anonymous' ? app.anonymous() : app.clientFor(ACTOR_EMAILS[actor]);
}

describe('authorization harness', () => {
  it('lists every procedure of the app router', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    const listed = Object.keys(AUTHORIZATION_TABLE).sort();
    expect(
      procedures.filter((p) => !listed.includes(p)),
      'procedures missing from the table',
    ).toEqual([]);
    expect(
      listed.filter((p) => !procedures.includes(p)),
      'table rows with no procedure',
    ).toEqual([]);
  });

  for (const [path, row] of Object.entries(AUTHORIZATION_TABLE)) {
    describe(path, () => {
      // Refusals first: they must change nothing, so allowed calls then see the seeded state.
      const ordered = [...ACTORS].sort(
        (a, b) => Number(row.allowed.includes(a)) - Number(row.allowed.includes(b)),
      );
      for (const actor of ordered) {
        const allowed = row.allowed.includes(actor);
        it(`${allowed ? 'lets' : 'refuses'} ${actor}`, async () => {
          const code = await outcomeCode(row.call(await clientAs(actor), { app }, actor));
          if (!allowed) {
            expect(REFUSALS.has(code ?? ''), `${actor} calling ${path} got ${code ?? 'success'}`).toBe(true);
          } else if ((row.allowedOutcome ?? 'success') === 'success') {
            expect(code, `${actor} calling ${path}`).toBeNull();
          } else {
            expect(code).toBe(row.allowedOutcome);
          }
        });
      }
    });
  }
});
