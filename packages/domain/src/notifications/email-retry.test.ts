import { describe, expect, it } from 'vitest';
import { emailGivesUp, emailRetryDelayMs, MAX_EMAIL_ATTEMPTS } from './email-retry.ts';

describe('email retries', () => {
  it('waits a minute after the first failure and doubles the wait after each next one', () => {
    expect([1, 2, 3, 4, 5].map((n) => emailRetryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16]);
  });

  it('gives up after the last attempt, not before', () => {
    expect(emailGivesUp(MAX_EMAIL_ATTEMPTS - 1)).toBe(false);
    expect(emailGivesUp(MAX_EMAIL_ATTEMPTS)).toBe(true);
  });
});
