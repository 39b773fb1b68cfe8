import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawQuizForm, quizForAttempt } from './quiz-form.ts';
import { sampleQuiz } from './test-fixtures.ts';

/** Four objectives with four questions each: the shape the curriculum's banks have. */
const bank = ['consent', 'capacity', 'role', 'refusal'].flatMap((objective) =>
  [1, 2, 3, 4].map((n) => ({ key: `${objective}-${n}`, objective })),
);
const objectiveOf = (key: string) => bank.find((question) => question.key === key)?.objective;

describe('drawQuizForm', () => {
  it('draws the asked number of distinct questions, covering every objective', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 4, max: 15 }), (seed, size) => {
        const form = drawQuizForm(bank, { questionsPerAttempt: size, seed });
        expect(form).toHaveLength(size);
        expect(new Set(form).size).toBe(size);
        expect(new Set(form.map(objectiveOf))).toEqual(new Set(['consent', 'capacity', 'role', 'refusal']));
      }),
    );
  });

  it('balances objectives: with eight of sixteen, two questions per objective', () => {
    const form = drawQuizForm(bank, { questionsPerAttempt: 8, seed: 42 });
    const counts = new Map<string, number>();
    for (const key of form) counts.set(objectiveOf(key) ?? '', (counts.get(objectiveOf(key) ?? '') ?? 0) + 1);
    expect([...counts.values()]).toEqual([2, 2, 2, 2]);
  });

  it('is deterministic for a seed and varies between seeds', () => {
    const first = drawQuizForm(bank, { questionsPerAttempt: 8, seed: 7 });
    expect(drawQuizForm(bank, { questionsPerAttempt: 8, seed: 7 })).toEqual(first);
    const forms = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) => drawQuizForm(bank, { questionsPerAttempt: 8, seed }).join()),
    );
    expect(forms.size).toBeGreaterThan(1);
  });

  it('gives a retake questions the learner has not seen while the bank has them', () => {
    const first = drawQuizForm(bank, { questionsPerAttempt: 8, seed: 3 });
    const second = drawQuizForm(bank, { questionsPerAttempt: 8, seed: 99, seen: first });
    expect(second.filter((key) => first.includes(key))).toEqual([]);
    const third = drawQuizForm(bank, { questionsPerAttempt: 8, seed: 5, seen: [...first, ...second] });
    expect(third).toHaveLength(8);
  });

  it('returns keys in bank order, so the quiz shuffle alone decides what the learner sees', () => {
    const form = drawQuizForm(bank, { questionsPerAttempt: 6, seed: 11 });
    const positions = form.map((key) => bank.findIndex((question) => question.key === key));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('asks the whole bank when no per-attempt count is set or the count exceeds the bank', () => {
    const all = bank.map((question) => question.key);
    expect(drawQuizForm(bank, { seed: 1 })).toEqual(all);
    expect(drawQuizForm(bank, { questionsPerAttempt: 40, seed: 1 })).toEqual(all);
  });

  it('fills with untagged questions only after each objective has had its turn', () => {
    const mixed = [
      { key: 'u1' },
      { key: 'u2' },
      { key: 'a1', objective: 'a' },
      { key: 'b1', objective: 'b' },
      { key: 'a2', objective: 'a' },
    ];
    for (const seed of [1, 2, 3, 4]) {
      const form = drawQuizForm(mixed, { questionsPerAttempt: 3, seed });
      expect(form.some((key) => key.startsWith('a'))).toBe(true);
      expect(form.some((key) => key.startsWith('b'))).toBe(true);
      expect(form.filter((key) => key.startsWith('u'))).toHaveLength(1);
    }
  });
});

describe('quizForAttempt', () => {
  it('keeps only the drawn questions, and the whole quiz for an attempt that recorded none', () => {
    const quiz = sampleQuiz();
    expect(quizForAttempt(quiz, ['q3', 'q1']).questions.map((q) => q.key)).toEqual(['q1', 'q3']);
    expect(quizForAttempt(quiz, []).questions).toHaveLength(4);
  });
});
