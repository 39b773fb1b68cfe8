import { describe, expect, it } from 'vitest';
import {
  daysSince,
  REVIEW_OVERDUE_AFTER_DAYS,
  REVISION_STALE_AFTER_DAYS,
  type ReflectionDates,
  reflectionAttention,
  tallyReflections,
} from './reflection-attention.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const daysAgo = (days: number, hours = 0) => new Date(NOW.getTime() - (days * 24 + hours) * 3_600_000);

describe('reflectionAttention', () => {
  it('marks a review overdue only after the whole waiting period has passed', () => {
    const shared = (days: number, hours = 0): ReflectionDates => ({
      status: 'SHARED',
      sharedAt: daysAgo(days, hours),
      updatedAt: daysAgo(days, hours),
    });
    expect(reflectionAttention(shared(REVIEW_OVERDUE_AFTER_DAYS), NOW)).toBeNull();
    expect(reflectionAttention(shared(REVIEW_OVERDUE_AFTER_DAYS, 23), NOW)).toBeNull();
    expect(reflectionAttention(shared(REVIEW_OVERDUE_AFTER_DAYS + 1), NOW)).toBe('review_overdue');
  });

  it('measures the wait from the latest share, not from the last edit', () => {
    const reshared: ReflectionDates = { status: 'SHARED', sharedAt: daysAgo(1), updatedAt: daysAgo(40) };
    expect(reflectionAttention(reshared, NOW)).toBeNull();
  });

  it('marks a revision request stale when the writer has not touched it', () => {
    const revision = (days: number): ReflectionDates => ({
      status: 'REVISION_REQUESTED',
      sharedAt: daysAgo(60),
      updatedAt: daysAgo(days),
    });
    expect(reflectionAttention(revision(REVISION_STALE_AFTER_DAYS), NOW)).toBeNull();
    expect(reflectionAttention(revision(REVISION_STALE_AFTER_DAYS + 1), NOW)).toBe('revision_stale');
  });

  it('never flags drafts or reviewed reflections, however old', () => {
    expect(reflectionAttention({ status: 'DRAFT', sharedAt: null, updatedAt: daysAgo(400) }, NOW)).toBeNull();
    expect(
      reflectionAttention({ status: 'REVIEWED', sharedAt: daysAgo(400), updatedAt: daysAgo(400) }, NOW),
    ).toBeNull();
  });

  it('does not count a share dated in the future (a clock ahead) as waiting', () => {
    expect(daysSince(new Date(NOW.getTime() + 86_400_000), NOW)).toBe(0);
  });
});

describe('tallyReflections', () => {
  it('counts each status, what is shared, what needs attention, and the key dates', () => {
    const tally = tallyReflections(
      [
        { status: 'DRAFT', sharedAt: null, updatedAt: daysAgo(2) },
        { status: 'DRAFT', sharedAt: null, updatedAt: daysAgo(30) },
        { status: 'SHARED', sharedAt: daysAgo(10), updatedAt: daysAgo(10) },
        { status: 'SHARED', sharedAt: daysAgo(3), updatedAt: daysAgo(3) },
        { status: 'REVISION_REQUESTED', sharedAt: daysAgo(40), updatedAt: daysAgo(20) },
        { status: 'REVIEWED', sharedAt: daysAgo(50), updatedAt: daysAgo(1) },
      ],
      NOW,
    );
    expect(tally).toEqual({
      draft: 2,
      shared: 4,
      awaitingReview: 2,
      revisionRequested: 1,
      reviewed: 1,
      reviewOverdue: 1,
      revisionStale: 1,
      lastActivityAt: daysAgo(1),
      waitingSince: daysAgo(10),
    });
  });

  it('is all zeros and no dates for someone who has written nothing', () => {
    expect(tallyReflections([], NOW)).toMatchObject({
      draft: 0,
      shared: 0,
      lastActivityAt: null,
      waitingSince: null,
    });
  });
});
