import { describe, expect, it } from 'vitest';
import { SetCurriculumInput } from './curriculum-schemas.ts';
import { OpenQuizAttempt } from './module-view-schemas.ts';
import { sampleQuiz } from './test-fixtures.ts';

describe('OpenQuizAttempt', () => {
  it('drops the answer key and explanations even when a caller passes the full questions', () => {
    const leaky = {
      attemptId: 'attempt',
      attemptNumber: 1,
      attemptsRemaining: 2,
      // The full question objects, answer key and explanation included: a service bug.
      questions: sampleQuiz().questions,
    };
    const sent = OpenQuizAttempt.parse(leaky);
    expect(JSON.stringify(sent)).not.toMatch(/"correct"|"explanation"/);
    expect(sent.questions[0]?.choices[0]).toEqual({ key: 'a', text: 'The surgeon performing it' });
  });
});

describe('SetCurriculumInput', () => {
  const cohortId = '0190a8f2-7c1e-7000-8000-000000000001';
  const moduleId = '0190a8f2-7c1e-7000-8000-000000000002';

  it('refuses the same module twice, naming the repeated row', () => {
    const result = SetCurriculumInput.safeParse({
      cohortId,
      sequential: true,
      items: [
        { moduleId, dueAt: null },
        { moduleId, dueAt: null },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['items.1.moduleId']);
  });

  it('accepts an empty curriculum', () => {
    expect(SetCurriculumInput.safeParse({ cohortId, sequential: false, items: [] }).success).toBe(true);
  });
});
