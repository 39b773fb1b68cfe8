import { describe, expect, it } from 'vitest';
import { renewedExpiry, SESSION_LIFETIME_MS } from './sessions.ts';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 0, 10);

describe('renewedExpiry', () => {
  it('writes nothing while the session is in the first half of its lifetime', () => {
    const session = { expiresAt: new Date(now + 20 * DAY), absoluteExpiresAt: new Date(now + 80 * DAY) };
    expect(renewedExpiry(session, now)).toBeNull();
  });

  it('extends a session used in its second half to a full lifetime', () => {
    const session = { expiresAt: new Date(now + 10 * DAY), absoluteExpiresAt: new Date(now + 80 * DAY) };
    expect(renewedExpiry(session, now)?.getTime()).toBe(now + SESSION_LIFETIME_MS);
  });

  it('never extends past the absolute end, and stops once it is reached', () => {
    const near = { expiresAt: new Date(now + 10 * DAY), absoluteExpiresAt: new Date(now + 12 * DAY) };
    expect(renewedExpiry(near, now)?.getTime()).toBe(now + 12 * DAY);
    const capped = { expiresAt: new Date(now + 12 * DAY), absoluteExpiresAt: new Date(now + 12 * DAY) };
    expect(renewedExpiry(capped, now)).toBeNull();
  });
});
