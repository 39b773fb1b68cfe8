import { describe, expect, it } from 'vitest';
import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor.ts';
import { ListNotificationsInput } from './notification-schemas.ts';

const ID = '0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('notification cursors', () => {
  it('round-trips the position of the last notification shown', () => {
    const cursor = { createdAt: new Date('2026-10-19T02:10:00.123Z'), id: ID };
    expect(decodeNotificationCursor(encodeNotificationCursor(cursor))).toEqual(cursor);
  });

  it.each([
    '',
    'abc',
    `x.${ID}`,
    '1700000000000',
    `1700000000000.${ID}.more`,
    `1700000000000.${ID.toUpperCase()}`,
  ])('does not decode %j', (text) => {
    expect(decodeNotificationCursor(text)).toBeNull();
  });

  it('makes a forged or stale cursor an input error with a message, not a failure', () => {
    const parsed = ListNotificationsInput.safeParse({ cursor: 'not-a-cursor' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/not available/);
  });

  it('defaults to the newest page of 20, read and unread', () => {
    expect(ListNotificationsInput.parse({})).toEqual({ limit: 20, unreadOnly: false });
    expect(ListNotificationsInput.parse({ cursor: null })).toMatchObject({ cursor: null });
  });

  it('bounds the page size', () => {
    expect(ListNotificationsInput.safeParse({ limit: 0 }).success).toBe(false);
    expect(ListNotificationsInput.safeParse({ limit: 51 }).success).toBe(false);
  });
});
