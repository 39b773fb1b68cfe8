import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { canAttemptQuiz, gradeQuizAttempt } from './quiz-grading.ts';
import { sampleQuiz } from './test-fixtures.ts';

const allRight = { q1: ['a'], q2: ['a', 'b'], q3: ['b'], q4: ['a', 'c', 'd'] };

function badInput(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_INPUT') return error;
    throw error;
  }
  throw new Error('expected a BAD_INPUT DomainError');
}

describe('gradeQuizAttempt', () => {
  it('scores a perfect attempt and returns the key and explanations', () => {
    const grade = gradeQuizAttempt(sampleQuiz(), allRight);
    expect(grade).toMatchObject({ correctCount: 4, questionCount: 4, scorePercent: 100, passed: true });
    expect(grade.questions[1]).toMatchObject({ key: 'q2', correct: true, correctChoiceKeys: ['a', 'b'] });
    expect(grade.questions[0]?.explanation).toContain('duty to inform');
  });

  it('accepts multiple-answer choices in any order', () => {
    expect(gradeQuizAttempt(sampleQuiz(), { ...allRight, q4: ['d', 'a', 'c'] }).correctCount).toBe(4);
  });

  it('gives no credit for a subset or a superset of a multiple-answer key', () => {
    const subset = gradeQuizAttempt(sampleQuiz(), { ...allRight, q2: ['a'] });
    const superset = gradeQuizAttempt(sampleQuiz(), { ...allRight, q2: ['a', 'b', 'c'] });
    expect(subset.questions[1]?.correct).toBe(false);
    expect(superset.questions[1]?.correct).toBe(false);
    expect(subset.scorePercent).toBe(75);
  });

  it('passes at exactly the pass mark and fails below it', () => {
    expect(gradeQuizAttempt(sampleQuiz(), { ...allRight, q3: ['a'] })).toMatchObject({
      scorePercent: 75,
      passed: true,
    });
    expect(gradeQuizAttempt(sampleQuiz(), { q1: ['a'], q2: ['a', 'b'] })).toMatchObject({
      scorePercent: 50,
      passed: false,
    });
  });

  it('does not let float rounding decide a pass', () => {
    // 7 of 9 is 77.77…%; a pass mark of 77.78 must fail it and one of 77 must pass it.
    const base = sampleQuiz();
    const first = base.questions[0];
    if (!first) throw new Error('fixture');
    const questions = Array.from({ length: 9 }, (_, i) => ({ ...first, key: `n${i}` }));
    const answers = Object.fromEntries(questions.slice(0, 7).map((q) => [q.key, ['a']]));
    expect(gradeQuizAttempt({ questions, passMark: 77.78 }, answers).passed).toBe(false);
    expect(gradeQuizAttempt({ questions, passMark: 77 }, answers).passed).toBe(true);
  });

  it('counts unanswered questions as wrong', () => {
    const grade = gradeQuizAttempt(sampleQuiz(), { q1: ['a'], q2: [] });
    expect(grade.correctCount).toBe(1);
    expect(grade.questions[1]).toMatchObject({ answered: false, correct: false });
    expect(grade.questions[3]).toMatchObject({
      answered: false,
      correct: false,
      correctChoiceKeys: ['a', 'c', 'd'],
    });
  });

  it('refuses unknown questions, unknown choices, repeats and two answers to a single question', () => {
    expect(badInput(() => gradeQuizAttempt(sampleQuiz(), { q9: ['a'] })).message).toContain(
      'no question "q9"',
    );
    expect(badInput(() => gradeQuizAttempt(sampleQuiz(), { q1: ['z'] })).details).toEqual({
      questionKey: 'q1',
      choiceKeys: ['z'],
    });
    badInput(() => gradeQuizAttempt(sampleQuiz(), { q2: ['a', 'a'] }));
    expect(badInput(() => gradeQuizAttempt(sampleQuiz(), { q1: ['a', 'b'] })).message).toContain(
      'takes one answer',
    );
  });
});

describe('canAttemptQuiz', () => {
  it('allows attempts until they run out', () => {
    expect(canAttemptQuiz(0, 3, false)).toEqual({ allowed: true, attemptsRemaining: 3 });
    expect(canAttemptQuiz(2, 3, false)).toEqual({ allowed: true, attemptsRemaining: 1 });
    expect(canAttemptQuiz(3, 3, false)).toMatchObject({ allowed: false, reason: 'no_attempts_left' });
  });

  it('treats null as unlimited', () => {
    expect(canAttemptQuiz(40, null, false)).toEqual({ allowed: true, attemptsRemaining: null });
  });

  it('closes a passed quiz, whatever attempts remain', () => {
    expect(canAttemptQuiz(1, 3, true)).toMatchObject({ allowed: false, reason: 'already_passed' });
    expect(canAttemptQuiz(1, null, true)).toMatchObject({ allowed: false, reason: 'already_passed' });
  });

  it('refuses nonsense counts', () => {
    badInput(() => canAttemptQuiz(-1, 3, false));
    badInput(() => canAttemptQuiz(1.5, 3, false));
    badInput(() => canAttemptQuiz(0, 0, false));
  });
});
