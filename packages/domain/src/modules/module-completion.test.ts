import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { type ModuleProgressInput, moduleCompletion } from './module-completion.ts';
import { sampleModule } from './test-fixtures.ts';

const sections = [
  ...sampleModule().sections.slice(0, 2),
  { kind: 'lesson' as const, key: 'second-lesson' },
  ...sampleModule().sections.slice(2),
];
const fresh: ModuleProgressInput = {
  completedSectionKeys: [],
  quizPassed: false,
  quizAttemptsUsed: 0,
  reflectionStarted: false,
};

describe('moduleCompletion', () => {
  it('is not started with no progress', () => {
    const result = moduleCompletion(sections, fresh);
    expect(result).toMatchObject({ status: 'not_started', percent: 0, attention: null });
    expect(result.remaining.map((s) => s.key)).toEqual([
      'intro',
      'case-one',
      'second-lesson',
      'quiz',
      'reflect',
    ]);
  });

  it('is in progress once anything is done, including a failed quiz attempt or a reflection draft', () => {
    expect(moduleCompletion(sections, { ...fresh, completedSectionKeys: ['intro'] })).toMatchObject({
      status: 'in_progress',
      percent: 20,
    });
    expect(moduleCompletion(sections, { ...fresh, quizAttemptsUsed: 1 }).status).toBe('in_progress');
    expect(moduleCompletion(sections, { ...fresh, reflectionStarted: true }).status).toBe('in_progress');
  });

  it('completes when lessons and cases are done, the quiz is passed and the reflection started', () => {
    const done = moduleCompletion(sections, {
      completedSectionKeys: ['intro', 'case-one', 'second-lesson'],
      quizPassed: true,
      quizAttemptsUsed: 2,
      reflectionStarted: true,
    });
    expect(done).toEqual({ status: 'completed', percent: 100, remaining: [], attention: null });
  });

  it('needs the reflection: everything else done is still in progress, and never shows 100%', () => {
    const result = moduleCompletion(sections, {
      completedSectionKeys: ['intro', 'case-one', 'second-lesson'],
      quizPassed: true,
      quizAttemptsUsed: 1,
      reflectionStarted: false,
    });
    expect(result).toMatchObject({
      status: 'in_progress',
      percent: 80,
      remaining: [{ key: 'reflect', kind: 'reflection' }],
    });
  });

  it('accepts the reflection key recorded on the progress row', () => {
    const result = moduleCompletion(sections, {
      ...fresh,
      completedSectionKeys: ['intro', 'case-one', 'second-lesson', 'reflect'],
      quizPassed: true,
      quizAttemptsUsed: 1,
    });
    expect(result.status).toBe('completed');
  });

  it('never counts a quiz key marked done as a pass, and ignores keys from other versions', () => {
    const result = moduleCompletion(sections, { ...fresh, completedSectionKeys: ['quiz', 'old-lesson'] });
    expect(result).toMatchObject({ status: 'not_started', percent: 0 });
  });

  it('does not complete on exhausted attempts (unlike Moodle) but flags it', () => {
    const result = moduleCompletion(sections, {
      completedSectionKeys: ['intro', 'case-one', 'second-lesson'],
      quizPassed: false,
      quizAttemptsUsed: 3,
      reflectionStarted: true,
    });
    expect(result).toMatchObject({ status: 'in_progress', attention: 'quiz_attempts_exhausted' });
    expect(result.remaining).toEqual([{ key: 'quiz', kind: 'quiz' }]);
  });

  it('never flags exhaustion for unlimited quizzes', () => {
    const unlimited = sections.map((s) => (s.kind === 'quiz' ? { ...s, attemptsAllowed: null } : s));
    expect(moduleCompletion(unlimited, { ...fresh, quizAttemptsUsed: 50 }).attention).toBeNull();
  });

  it('refuses a negative attempt count', () => {
    expect(() => moduleCompletion(sections, { ...fresh, quizAttemptsUsed: -1 })).toThrow(DomainError);
  });
});
