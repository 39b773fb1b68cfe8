import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { earliestTargetDate, isOverdue, localDay, targetDateProblem } from './goal-dates.ts';
import { ChangeGoalStatusInput, CreateGoalInput, MAX_GOAL_TITLE, UpdateGoalInput } from './goal-schemas.ts';
import { assertGoalStatusChange, canChangeGoalStatus, nextGoalStatuses } from './goal-status.ts';

const GOAL_ID = '0193a1b2-0000-7000-8000-000000000001';
const base = { title: 'Prime a circuit unassisted', description: null, targetDate: null, matchId: null };

function fieldsWithErrors(input: unknown, schema = CreateGoalInput): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('goal input', () => {
  it('needs a title that is not just spaces, and not an essay', () => {
    expect(fieldsWithErrors({ ...base, title: '   ' })).toEqual(['title']);
    expect(fieldsWithErrors({ ...base, title: 'x'.repeat(MAX_GOAL_TITLE + 1) })).toEqual(['title']);
    expect(CreateGoalInput.parse({ ...base, title: '  Trimmed  ' }).title).toBe('Trimmed');
  });

  it('stores a blank description as none and refuses a very long one', () => {
    expect(CreateGoalInput.parse({ ...base, description: '   ' }).description).toBeNull();
    expect(CreateGoalInput.parse({ ...base, description: ' Why ' }).description).toBe('Why');
    expect(fieldsWithErrors({ ...base, description: 'x'.repeat(2001) })).toEqual(['description']);
  });

  it('takes target dates as calendar days only', () => {
    expect(CreateGoalInput.parse({ ...base, targetDate: '2027-06-01' }).targetDate).toBe('2027-06-01');
    expect(fieldsWithErrors({ ...base, targetDate: '2027-02-30' })).toEqual(['targetDate']);
    expect(fieldsWithErrors({ ...base, targetDate: '2027-06-01T10:00:00Z' })).toEqual(['targetDate']);
  });

  it('links only to something that looks like a match id', () => {
    expect(fieldsWithErrors({ ...base, matchId: 'my mentor' })).toEqual(['matchId']);
  });

  it('names the goal on edit and status change', () => {
    expect(fieldsWithErrors({ ...base, goalId: 'nope' }, UpdateGoalInput)).toEqual(['goalId']);
    expect(UpdateGoalInput.parse({ ...base, goalId: GOAL_ID }).goalId).toBe(GOAL_ID);
    expect(ChangeGoalStatusInput.safeParse({ goalId: GOAL_ID, status: 'ACHIEVED' }).success).toBe(false);
  });
});

describe('target dates', () => {
  it('accepts today wherever on Earth it is still today, and refuses days before', () => {
    const now = new Date('2026-11-24T06:00:00Z');
    // At 06:00 UTC it is still 23 November west of UTC−6.
    expect(earliestTargetDate(now)).toBe('2026-11-23');
    expect(targetDateProblem('2026-11-23', now)).toBeNull();
    expect(targetDateProblem('2026-11-22', now)).toBe('Choose a target date from today on.');
    expect(targetDateProblem(null, now)).toBeNull();
    expect(earliestTargetDate(new Date('2026-11-24T13:00:00Z'))).toBe('2026-11-24');
  });

  it('calls an open goal overdue only after its target day', () => {
    expect(isOverdue({ status: 'OPEN', targetDate: '2026-11-23' }, '2026-11-24')).toBe(true);
    expect(isOverdue({ status: 'OPEN', targetDate: '2026-11-24' }, '2026-11-24')).toBe(false);
    expect(isOverdue({ status: 'OPEN', targetDate: null }, '2026-11-24')).toBe(false);
    expect(isOverdue({ status: 'DONE', targetDate: '2026-01-01' }, '2026-11-24')).toBe(false);
    expect(isOverdue({ status: 'DROPPED', targetDate: '2026-01-01' }, '2026-11-24')).toBe(false);
  });

  it("reads today in the viewer's own time zone", () => {
    expect(localDay(new Date())).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('goal status', () => {
  it('achieves or drops an open goal and reopens a closed one', () => {
    expect(nextGoalStatuses('OPEN')).toEqual(['DONE', 'DROPPED']);
    expect(nextGoalStatuses('DONE')).toEqual(['OPEN']);
    expect(nextGoalStatuses('DROPPED')).toEqual(['OPEN']);
  });

  it('refuses moves between closed states and no-op moves, saying why', () => {
    expect(canChangeGoalStatus('DONE', 'DROPPED')).toBe(false);
    expect(canChangeGoalStatus('OPEN', 'OPEN')).toBe(false);
    expect(() => assertGoalStatusChange('DROPPED', 'DONE')).toThrow(DomainError);
    expect(() => assertGoalStatusChange('DROPPED', 'DONE')).toThrow('Reopen it first.');
    expect(() => assertGoalStatusChange('OPEN', 'OPEN')).toThrow('already open');
    expect(() => assertGoalStatusChange('OPEN', 'DONE')).not.toThrow();
  });
});
