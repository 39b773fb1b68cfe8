import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { ReflectionStatus } from './reflection-schemas.ts';
import { canTransition, type ReflectionEvent, transition } from './reflection-status.ts';

const STATUSES: ReflectionStatus[] = ['DRAFT', 'SHARED', 'REVISION_REQUESTED', 'REVIEWED'];
const EVENTS: ReflectionEvent[] = ['edit', 'share', 'unshare', 'requestRevision', 'markReviewed'];

/** The whole table, written out: every (status, event) not listed is refused. */
const ALLOWED: Record<string, ReflectionStatus> = {
  'DRAFT/edit': 'DRAFT',
  'DRAFT/share': 'SHARED',
  'REVISION_REQUESTED/edit': 'REVISION_REQUESTED',
  'REVISION_REQUESTED/share': 'SHARED',
  'REVISION_REQUESTED/unshare': 'DRAFT',
  'SHARED/unshare': 'DRAFT',
  'SHARED/requestRevision': 'REVISION_REQUESTED',
  'SHARED/markReviewed': 'REVIEWED',
  'REVIEWED/unshare': 'DRAFT',
};

describe('reflection status transitions', () => {
  for (const status of STATUSES) {
    for (const event of EVENTS) {
      const expected = ALLOWED[`${status}/${event}`];
      it(`${status} --${event}--> ${expected ?? 'refused'}`, () => {
        expect(canTransition(status, event)).toBe(expected !== undefined);
        if (expected !== undefined) {
          expect(transition(status, event)).toBe(expected);
        } else {
          expect(() => transition(status, event)).toThrow(DomainError);
        }
      });
    }
  }

  it('refuses editing a shared reflection with a sentence the writer can act on', () => {
    try {
      transition('SHARED', 'edit');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('PRECONDITION_FAILED');
      expect((error as DomainError).message).toMatch(/Unshare it to edit/);
    }
  });

  it('walks a revision round trip back into the review queue', () => {
    let status: ReflectionStatus = 'DRAFT';
    for (const event of ['share', 'requestRevision', 'edit', 'share', 'markReviewed'] as const) {
      status = transition(status, event);
    }
    expect(status).toBe('REVIEWED');
  });
});
