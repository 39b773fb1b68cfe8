import { describe, expect, it } from 'vitest';
import { isNotificationLink, NOTIFICATION_ROUTES, notificationLink } from './notification-links.ts';

const ID = '0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('notificationLink', () => {
  it('fills each route’s parameters', () => {
    expect(notificationLink('review', { reflectionId: ID })).toBe(`/reviews/${ID}`);
    expect(notificationLink('journalEntry', { reflectionId: ID })).toBe(`/journal/${ID}`);
    expect(notificationLink('cohortMatching', { cohortId: ID })).toBe(`/cohorts/${ID}/matching`);
    expect(notificationLink('myMatches')).toBe('/matching');
    expect(notificationLink('myMentees')).toBe('/mentees');
    expect(notificationLink('matchMeetings', { matchId: ID })).toBe(`/meetings/${ID}`);
  });

  it('escapes a parameter, so a value cannot add path segments', () => {
    expect(notificationLink('review', { reflectionId: '../admin' })).toBe('/reviews/..%2Fadmin');
  });

  it('refuses an empty parameter rather than writing a broken link', () => {
    expect(() => notificationLink('review', { reflectionId: '' })).toThrow(/needs a reflectionId/);
  });
});

describe('isNotificationLink', () => {
  it('accepts every link the builders make', () => {
    for (const route of Object.keys(NOTIFICATION_ROUTES) as (keyof typeof NOTIFICATION_ROUTES)[]) {
      const link = NOTIFICATION_ROUTES[route].replace(/\$\w+/g, ID);
      expect(isNotificationLink(link), link).toBe(true);
    }
  });

  it.each([
    'https://example.com/reviews/1',
    '//example.com/matching',
    'javascript:alert(1)',
    '/mentoring',
    '/reviews/',
    `/reviews/${ID}/extra`,
    `/reviews/${ID}?next=//example.com`,
    '/matching/preferences',
    '',
  ])('refuses %j', (link) => {
    expect(isNotificationLink(link)).toBe(false);
  });
});
