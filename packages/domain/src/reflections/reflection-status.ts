import { DomainError } from '../errors.ts';
import type { ReflectionStatus } from './reflection-schemas.ts';

/*
 * The life of a reflection: draft → shared → reviewed, or revision requested → (edited) →
 * shared again. A shared entry waits for its mentor and is not edited under them: the writer
 * unshares it first. Pure, so the API and the editor agree on what is possible.
 */

export type ReflectionEvent = 'edit' | 'share' | 'unshare' | 'requestRevision' | 'markReviewed';

const MOVES: Record<ReflectionEvent, Partial<Record<ReflectionStatus, ReflectionStatus>>> = {
  edit: { DRAFT: 'DRAFT', REVISION_REQUESTED: 'REVISION_REQUESTED' },
  share: { DRAFT: 'SHARED', REVISION_REQUESTED: 'SHARED' },
  unshare: { SHARED: 'DRAFT', REVISION_REQUESTED: 'DRAFT', REVIEWED: 'DRAFT' },
  requestRevision: { SHARED: 'REVISION_REQUESTED' },
  markReviewed: { SHARED: 'REVIEWED' },
};

const REFUSALS: Record<ReflectionEvent, string> = {
  edit: 'This reflection is with your mentor. Unshare it to edit it.',
  share: 'This reflection is already shared.',
  unshare: 'This reflection is not shared.',
  requestRevision: 'Only a reflection waiting for review can be sent back for revision.',
  markReviewed: 'Only a reflection waiting for review can be marked reviewed.',
};

export function canTransition(status: ReflectionStatus, event: ReflectionEvent): boolean {
  return MOVES[event][status] !== undefined;
}

/** The status after `event`, or a PRECONDITION_FAILED error in the writer's words. */
export function transition(status: ReflectionStatus, event: ReflectionEvent): ReflectionStatus {
  const next = MOVES[event][status];
  if (next === undefined) throw new DomainError('PRECONDITION_FAILED', REFUSALS[event], { status, event });
  return next;
}
