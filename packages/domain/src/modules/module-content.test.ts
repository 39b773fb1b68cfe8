import { describe, expect, it } from 'vitest';
import { MAX_SECTIONS, ModuleContent, ModuleDraft, toPublicQuiz } from './module-content.ts';
import { sampleModule, sampleQuiz } from './test-fixtures.ts';

function issuesOf(input: unknown, schema: typeof ModuleDraft = ModuleContent): string[] {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('ModuleContent schema', () => {
  it('accepts a well-formed module', () => {
    expect(issuesOf(sampleModule())).toEqual([]);
  });

  it('requires a kebab-case slug', () => {
    for (const slug of ['Informed-Consent', 'informed_consent', 'trailing-', 'double--hyphen']) {
      expect(issuesOf({ ...sampleModule(), slug }).join()).toMatch(/^slug:/);
    }
  });

  it('requires exactly one quiz and one reflection', () => {
    const module = sampleModule();
    const withoutReflection = { ...module, sections: module.sections.filter((s) => s.kind !== 'reflection') };
    expect(issuesOf(withoutReflection).join()).toContain('exactly one reflection');
    const twoQuizzes = { ...module, sections: [...module.sections, sampleQuiz({ key: 'quiz-two' })] };
    expect(issuesOf(twoQuizzes).join()).toContain('exactly one quiz');
  });

  it('checks the answer key against the question kind', () => {
    const quiz = sampleQuiz();
    const [first, second] = quiz.questions;
    if (!first || !second) throw new Error('fixture');
    const twoCorrect = { ...first, choices: first.choices.map((c) => ({ ...c, correct: true })) };
    const noneCorrect = { ...second, choices: second.choices.map((c) => ({ ...c, correct: false })) };
    const module = { ...sampleModule(), sections: [sampleQuiz({ questions: [twoCorrect, noneCorrect] })] };
    const issues = issuesOf(module).join('\n');
    expect(issues).toContain(
      'sections.0.questions.0.choices: A single-answer question has exactly one correct',
    );
    expect(issues).toContain('sections.0.questions.1.choices: Mark at least one choice correct');
  });

  it('refuses duplicate keys at every level', () => {
    const quiz = sampleQuiz();
    const [first] = quiz.questions;
    if (!first) throw new Error('fixture');
    const dupChoice = { ...first, choices: [...first.choices, { key: 'a', text: 'again', correct: false }] };
    const module = sampleModule();
    const sections = module.sections.map((s) =>
      s.kind === 'quiz' ? sampleQuiz({ questions: [dupChoice, dupChoice] }) : s,
    );
    sections.push({ kind: 'lesson', key: 'intro', title: 'Again', body: 'Text.' });
    const issues = issuesOf({ ...module, sections }).join('\n');
    expect(issues).toContain('Duplicate key "a"');
    expect(issues).toContain('Duplicate key "q1"');
    expect(issues).toContain('Duplicate key "intro"');
  });

  it('requires explanations and a case discussion question', () => {
    const module = sampleModule();
    const sections = module.sections.map((s) => {
      if (s.kind === 'case') return { ...s, discussionQuestions: [] };
      if (s.kind === 'quiz')
        return { ...s, questions: s.questions.map((q) => ({ ...q, explanation: '  ' })) };
      return s;
    });
    const issues = issuesOf({ ...module, sections }).join('\n');
    expect(issues).toContain('discussionQuestions');
    expect(issues).toContain('Every question needs an explanation.');
  });

  it('takes audience from the profession list and CE hours to two decimals', () => {
    expect(issuesOf({ ...sampleModule(), audience: ['PERFUSION', 'NURSING'] })).toEqual([]);
    expect(issuesOf({ ...sampleModule(), audience: ['wizard'] }).join()).toMatch(/^audience\.0/);
    expect(issuesOf({ ...sampleModule(), audience: ['NURSING', 'PERFUSION', 'NURSING'] })).toEqual([
      'audience.2: NURSING is listed twice.',
    ]);
    expect(issuesOf({ ...sampleModule(), ceHours: 1.25 })).toEqual([]);
    expect(issuesOf({ ...sampleModule(), ceHours: 1.125 }).join()).toMatch(/^ceHours/);
  });
});

describe('objectives, references, review and question banks', () => {
  function withBank(perAttempt: number) {
    const module = sampleModule();
    return {
      ...module,
      objectives: [
        { key: 'consent', text: 'Explain valid consent.', taughtIn: ['intro'] },
        { key: 'speaking-up', text: 'Use a speaking-up tool.', taughtIn: ['case-one'] },
      ],
      references: [{ citation: 'AANA Code of Ethics for the CRNA.', year: 2018, kind: 'code_of_ethics' }],
      review: { lastReviewed: '2026-11-01', reviewerRole: 'Clinical educator' },
      sections: module.sections.map((section) =>
        section.kind === 'quiz'
          ? {
              ...section,
              questionsPerAttempt: perAttempt,
              questions: section.questions.map((question, index) => ({
                ...question,
                objective: index % 2 === 0 ? 'consent' : 'speaking-up',
              })),
            }
          : section,
      ),
    };
  }

  it('accepts objectives that questions cite, references with years and a review date', () => {
    expect(issuesOf(withBank(2))).toEqual([]);
  });

  it('refuses a question citing an unknown objective', () => {
    const module = withBank(2);
    const quiz = module.sections.find((section) => section.kind === 'quiz');
    if (quiz?.kind === 'quiz' && quiz.questions[1]) quiz.questions[1].objective = 'missing';
    expect(issuesOf(module)).toEqual([
      'sections.2.questions.1.objective: The module has no objective "missing".',
    ]);
  });

  it('keeps a draft savable when a lesson an objective points to is removed', () => {
    const module = withBank(2);
    module.objectives[0] = { key: 'consent', text: 'Explain valid consent.', taughtIn: ['removed-lesson'] };
    expect(issuesOf(module, ModuleDraft)).toEqual([]);
  });

  it('refuses attempts larger than the bank or too small to cover every objective', () => {
    expect(issuesOf(withBank(5)).join()).toContain('cannot draw 5 questions from a bank of 4');
    expect(issuesOf(withBank(1)).join()).toContain('cannot cover all 2 objectives');
  });

  it('refuses a reference without a plausible year and a review date in another format', () => {
    const module = {
      ...withBank(2),
      references: [{ citation: 'Someone, sometime.', year: 15 }],
      review: { lastReviewed: '1 Nov 2026', reviewerRole: 'Educator' },
    };
    expect(issuesOf(module)).toEqual([
      'references.0.year: Give the year of publication.',
      'review.lastReviewed: Give the date as YYYY-MM-DD.',
    ]);
  });
});

describe('ModuleDraft schema', () => {
  const module = sampleModule();
  const without = (kind: string) => module.sections.filter((section) => section.kind !== kind);

  it('saves a draft that still lacks its quiz, its reflection prompt or quiz questions', () => {
    const unfinished = [
      { ...module, sections: without('quiz') },
      { ...module, sections: without('reflection') },
      { ...module, sections: [] },
      { ...module, sections: module.sections.map((s) => (s.kind === 'quiz' ? { ...s, questions: [] } : s)) },
    ];
    for (const draft of unfinished) expect(issuesOf(draft, ModuleDraft)).toEqual([]);
  });

  it('publishes only a module with a quiz that has questions and a reflection prompt', () => {
    expect(issuesOf({ ...module, sections: without('quiz') })).toEqual([
      'sections: A module has exactly one quiz section (found 0).',
    ]);
    expect(issuesOf({ ...module, sections: without('reflection') })).toEqual([
      'sections: A module has exactly one reflection section (found 0).',
    ]);
    const emptyQuiz = module.sections.map((s) => (s.kind === 'quiz' ? { ...s, questions: [] } : s));
    expect(issuesOf({ ...module, sections: emptyQuiz })).toEqual([
      'sections.2.questions: Add at least one question to the quiz.',
    ]);
  });

  it('refuses a second quiz or reflection prompt and repeated section keys even in a draft', () => {
    const reflection = { kind: 'reflection', key: 'reflect-again', title: 'Again', prompt: 'And?' };
    expect(issuesOf({ ...module, sections: [...module.sections, reflection] }, ModuleDraft)).toEqual([
      'sections: A module has exactly one reflection section (found 2).',
    ]);
    const lesson = { kind: 'lesson', key: 'case-one', title: 'Same key', body: 'Text.' };
    expect(issuesOf({ ...module, sections: [...without('quiz'), lesson] }, ModuleDraft)).toEqual([
      'sections.3.key: Duplicate key "case-one".',
    ]);
  });

  it('names each missing text at its field, alongside the module-level problems', () => {
    const sections = [
      { kind: 'lesson', key: 'lesson-1', title: ' ', body: '' },
      { kind: 'case', key: 'case-1', title: 'A case', body: 'Text.', discussionQuestions: [] },
      { kind: 'reflection', key: 'lesson-1', title: 'Reflect', prompt: '' },
    ];
    expect(issuesOf({ ...module, sections }, ModuleDraft)).toEqual([
      'sections.0.title: Give it a title.',
      'sections.0.body: Write the lesson.',
      'sections.1.discussionQuestions: Add at least one discussion question.',
      'sections.2.prompt: Write the reflection prompt.',
      'sections.2.key: Duplicate key "lesson-1".',
    ]);
  });

  it('defaults the audience to nobody in particular and caps the number of sections', () => {
    const { audience: _audience, ...withoutAudience } = module;
    expect(ModuleDraft.parse(withoutAudience).audience).toEqual([]);
    const lessons = Array.from({ length: MAX_SECTIONS + 1 }, (_, i) => ({
      kind: 'lesson',
      key: `lesson-${i + 1}`,
      title: `Lesson ${i + 1}`,
      body: 'Text.',
    }));
    expect(issuesOf({ ...module, sections: lessons }, ModuleDraft)).toEqual([
      `sections: A module has at most ${MAX_SECTIONS} sections.`,
    ]);
  });
});

describe('toPublicQuiz', () => {
  it('never sends the answer key or explanations', () => {
    const json = JSON.stringify(toPublicQuiz(sampleQuiz(), 42));
    expect(json).not.toContain('correct');
    expect(json).not.toContain('explanation');
    expect(json).not.toContain('holds the duty');
  });

  it('keeps authored order when shuffle is off', () => {
    const quiz = sampleQuiz({ shuffle: false });
    const view = toPublicQuiz(quiz, 7);
    expect(view.map((q) => q.key)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(view[3]?.choices.map((c) => c.key)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shuffles deterministically by seed, keeping every question and choice', () => {
    const quiz = sampleQuiz();
    expect(toPublicQuiz(quiz, 1234)).toEqual(toPublicQuiz(quiz, 1234));
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) => JSON.stringify(toPublicQuiz(quiz, seed).map((q) => q.key))),
    );
    expect(orders.size).toBeGreaterThan(1);
    for (const question of toPublicQuiz(quiz, 99)) {
      const original = quiz.questions.find((q) => q.key === question.key);
      expect(question.choices.map((c) => c.key).sort()).toEqual(original?.choices.map((c) => c.key).sort());
    }
  });
});
