import type { ReflectionStatus } from './reflection-schemas.ts';

/*
 * When a reflection needs someone's attention, as staff see it: only from its status and dates,
 * never its words. A shared reflection is the mentor's turn; a revision request is the writer's.
 */

/** A shared reflection not reviewed within this many days is overdue for review. */
export const REVIEW_OVERDUE_AFTER_DAYS = 7;
/** A revision request untouched for this many days has gone stale. */
export const REVISION_STALE_AFTER_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReflectionDates {
  status: ReflectionStatus;
  /** When it was last shared; null unless it is shared now. */
  sharedAt: Date | null;
  /** Its last change, including the status change a review makes. */
  updatedAt: Date;
}

export type ReflectionAttention = 'review_overdue' | 'revision_stale';

/** Whole days from `from` to `now`, never negative (a clock a little ahead is not "overdue"). */
export function daysSince(from: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / DAY_MS));
}

export function reflectionAttention(reflection: ReflectionDates, now: Date): ReflectionAttention | null {
  if (reflection.status === 'SHARED' && reflection.sharedAt) {
    return daysSince(reflection.sharedAt, now) > REVIEW_OVERDUE_AFTER_DAYS ? 'review_overdue' : null;
  }
  if (reflection.status === 'REVISION_REQUESTED') {
    return daysSince(reflection.updatedAt, now) > REVISION_STALE_AFTER_DAYS ? 'revision_stale' : null;
  }
  return null;
}

export interface ReflectionTally {
  draft: number;
  /** Shared with a mentor now, whatever the mentor has done with it since. */
  shared: number;
  awaitingReview: number;
  revisionRequested: number;
  reviewed: number;
  reviewOverdue: number;
  revisionStale: number;
  /** The latest change to any of them. */
  lastActivityAt: Date | null;
  /** The longest wait for a review among those awaiting one. */
  waitingSince: Date | null;
}

function emptyTally(): ReflectionTally {
  return {
    draft: 0,
    shared: 0,
    awaitingReview: 0,
    revisionRequested: 0,
    reviewed: 0,
    reviewOverdue: 0,
    revisionStale: 0,
    lastActivityAt: null,
    waitingSince: null,
  };
}

/** Adds one reflection to a tally (returns a new tally). */
function addToTally(tally: ReflectionTally, reflection: ReflectionDates, now: Date): ReflectionTally {
  const next = { ...tally };
  if (reflection.status === 'DRAFT') next.draft += 1;
  else next.shared += 1;
  if (reflection.status === 'SHARED') {
    next.awaitingReview += 1;
    if (reflection.sharedAt && (!next.waitingSince || reflection.sharedAt < next.waitingSince)) {
      next.waitingSince = reflection.sharedAt;
    }
  }
  if (reflection.status === 'REVISION_REQUESTED') next.revisionRequested += 1;
  if (reflection.status === 'REVIEWED') next.reviewed += 1;
  const attention = reflectionAttention(reflection, now);
  if (attention === 'review_overdue') next.reviewOverdue += 1;
  if (attention === 'revision_stale') next.revisionStale += 1;
  if (!next.lastActivityAt || reflection.updatedAt > next.lastActivityAt) {
    next.lastActivityAt = reflection.updatedAt;
  }
  return next;
}

export function tallyReflections(reflections: readonly ReflectionDates[], now: Date): ReflectionTally {
  return reflections.reduce((tally, reflection) => addToTally(tally, reflection, now), emptyTally());
}
