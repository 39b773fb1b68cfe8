import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { type CurriculumItemInput, curriculumStatus } from './curriculum-status.ts';
import type { ModuleCompletionStatus } from './module-completion.ts';

const now = new Date('2026-10-15T12:00:00Z');
const past = new Date('2026-10-01T23:00:00Z');
const future = new Date('2026-11-01T23:00:00Z');

const items: CurriculumItemInput[] = [
  { moduleId: 'consent', dueAt: past, position: 1 },
  { moduleId: 'speaking-up', dueAt: future, position: 2 },
  { moduleId: 'handoff', dueAt: future, position: 3 },
];

const completions = (entries: Record<string, ModuleCompletionStatus>) => new Map(Object.entries(entries));
const statuses = (result: ReturnType<typeof curriculumStatus>) =>
  result.map((r) => `${r.moduleId}:${r.status}`);

describe('curriculumStatus', () => {
  it('opens everything in a non-sequential curriculum', () => {
    const result = curriculumStatus(
      { sequential: false, items },
      completions({ 'speaking-up': 'in_progress' }),
      now,
    );
    expect(statuses(result)).toEqual(['consent:overdue', 'speaking-up:in_progress', 'handoff:available']);
    expect(result.every((r) => !r.locked)).toBe(true);
  });

  it('locks later items behind the first unfinished one when sequential', () => {
    const result = curriculumStatus(
      { sequential: true, items },
      completions({ consent: 'completed', 'speaking-up': 'in_progress' }),
      now,
    );
    expect(statuses(result)).toEqual(['consent:completed', 'speaking-up:in_progress', 'handoff:locked']);
    expect(result[2]).toMatchObject({ locked: true, blockedBy: 'speaking-up' });
  });

  it('reports overdue ahead of locked, keeping the lock flag', () => {
    const late = items.map((item) => ({ ...item, dueAt: past }));
    const result = curriculumStatus({ sequential: true, items: late }, completions({}), now);
    expect(statuses(result)).toEqual(['consent:overdue', 'speaking-up:overdue', 'handoff:overdue']);
    expect(result.map((r) => r.locked)).toEqual([false, true, true]);
    expect(result[2]?.blockedBy).toBe('consent');
  });

  it('never marks a completed item overdue or locked', () => {
    const result = curriculumStatus({ sequential: true, items }, completions({ handoff: 'completed' }), now);
    expect(result[2]).toMatchObject({ status: 'completed', locked: false, blockedBy: null });
  });

  it('is not overdue at the due instant, only after it', () => {
    const dueNow = [{ moduleId: 'consent', dueAt: now, position: 1 }];
    expect(curriculumStatus({ sequential: false, items: dueNow }, completions({}), now)[0]?.status).toBe(
      'available',
    );
    const later = new Date(now.getTime() + 1);
    expect(curriculumStatus({ sequential: false, items: dueNow }, completions({}), later)[0]?.status).toBe(
      'overdue',
    );
  });

  it('orders by position, unpositioned last, and keeps unpositioned items outside the sequence', () => {
    const mixed: CurriculumItemInput[] = [
      { moduleId: 'extra', dueAt: null, position: null },
      { moduleId: 'second', dueAt: null, position: 20 },
      { moduleId: 'first', dueAt: null, position: 10 },
    ];
    const result = curriculumStatus({ sequential: true, items: mixed }, completions({}), now);
    expect(statuses(result)).toEqual(['first:available', 'second:locked', 'extra:available']);
  });

  it('refuses a module listed twice', () => {
    const twice = [...items, { moduleId: 'consent', dueAt: null, position: 4 }];
    expect(() => curriculumStatus({ sequential: false, items: twice }, completions({}), now)).toThrow(
      DomainError,
    );
  });
});
