import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../authorization/actors.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';

/*
 * Hostile reflection text against the patient-identifier check, over HTTP. A capitalised word
 * of about fifty thousand letters after "Mr." once made the check build a regular expression too large to
 * compile, so sharing answered 500. Whatever the text, sharing must answer as the product says:
 * a refusal listing the passages to check, or a share.
 */

let app: TestApp;
let mentee: TestClient;

beforeAll(async () => {
  app = await startTestApp();
  mentee = await app.clientFor(ACTOR_EMAILS.mentee);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function shareOutcome(body: string): Promise<{ code: string | null; findings: unknown[] }> {
  const { id } = await mentee.reflections.create.mutate({ title: 'A hard night', body });
  try {
    await mentee.reflections.share.mutate({ reflectionId: id });
    return { code: null, findings: [] };
  } catch (error) {
    const details = (error as { data?: { details?: { findings?: unknown[] } } }).data?.details;
    return { code: await outcomeCode(Promise.reject(error)), findings: details?.findings ?? [] };
  }
}

describe('identifier check under hostile text', () => {
  it('answers a very long capitalised word after "Mr." with a normal refusal, not a 500', async () => {
    // 49,000 letters: within the 50,000-character text limit, and past V8's regex size limit
    // (the check before this fix threw "Invalid regular expression" on it).
    const word = `A${'b'.repeat(48_999)}`;
    const outcome = await shareOutcome(`<p>Mr. ${word} was scared before induction.</p>`);
    expect(outcome.code).toBe('PRECONDITION_FAILED');
    expect(outcome.findings.length).toBeGreaterThan(0);
  }, 60_000);

  it('answers many long capitalised words after name cues within a few seconds', async () => {
    const words = Array.from(
      { length: 10 },
      (_, i) => `Q${String.fromCharCode(97 + (i % 26)).repeat(2_300)}`,
    );
    const body = `<p>${words.map((w) => `Mr. ${w} and his wife ${w}.`).join(' ')}</p>`;
    const started = performance.now();
    const outcome = await shareOutcome(body);
    expect(outcome.code).toBe('PRECONDITION_FAILED');
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 60_000);
});
