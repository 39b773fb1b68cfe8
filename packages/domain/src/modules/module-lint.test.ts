import { describe, expect, it } from 'vitest';
import type { ModuleContent, QuizQuestion, QuizSection } from './module-content.ts';
import { isAllButOne, keyedIsLongest, lintModule } from './module-lint.ts';
import { sampleModule } from './test-fixtures.ts';

function single(key: string, objective: string, keyedLonger: boolean): QuizQuestion {
  return {
    key,
    objective,
    kind: 'single',
    prompt: 'Which step comes next?',
    choices: [
      {
        key: 'a',
        text: keyedLonger ? 'Pause now and call the surgeon back to the bedside' : 'Pause',
        correct: true,
      },
      { key: 'b', text: 'Carry on with the case as planned', correct: false },
      { key: 'c', text: 'Document it', correct: false },
    ],
    explanation: 'Because.',
  };
}

function multiple(key: string, objective: string, allButOne: boolean): QuizQuestion {
  return {
    key,
    objective,
    kind: 'multiple',
    prompt: 'Which apply?',
    choices: [
      { key: 'a', text: 'One', correct: true },
      { key: 'b', text: 'Two', correct: allButOne },
      { key: 'c', text: 'Three', correct: false },
      { key: 'd', text: 'Four', correct: true },
    ],
    explanation: 'Because.',
  };
}

/** A module that passes every rule: two objectives, a bank of eight, attempts of four. */
function goodModule(questions?: QuizQuestion[], quiz: Partial<QuizSection> = {}): ModuleContent {
  const module = sampleModule();
  const bank = questions ?? [
    single('s1', 'one', false),
    single('s2', 'two', false),
    single('s3', 'one', true),
    single('s4', 'two', false),
    multiple('m1', 'one', false),
    multiple('m2', 'two', false),
    multiple('m3', 'one', false),
    multiple('m4', 'two', true),
  ];
  return {
    ...module,
    objectives: [
      { key: 'one', text: 'Do the first thing.', taughtIn: ['intro'] },
      { key: 'two', text: 'Do the second thing.', taughtIn: ['case-one'] },
    ],
    references: [{ citation: 'A source.', year: 2020 }],
    review: { lastReviewed: '2026-11-01', reviewerRole: 'Clinical educator' },
    sections: module.sections.map((section) => {
      if (section.kind === 'case') return { ...section, debrief: 'What an expert would say.' };
      if (section.kind === 'quiz') return { ...section, questions: bank, questionsPerAttempt: 4, ...quiz };
      return section;
    }),
  };
}

const rules = (module: ModuleContent) => lintModule(module).map((finding) => finding.rule);

describe('lintModule', () => {
  it('passes a module that follows every rule', () => {
    expect(lintModule(goodModule())).toEqual([]);
  });

  it('flags a quiz whose keyed answer is the longest in more than 40 % of single-answer items', () => {
    const module = goodModule([
      single('s1', 'one', true),
      single('s2', 'two', true),
      single('s3', 'one', false),
      single('s4', 'two', false),
      single('s5', 'one', false),
      multiple('m1', 'two', false),
      multiple('m2', 'one', false),
      multiple('m3', 'two', false),
    ]);
    expect(rules(module)).toEqual([]);
    const tipped = goodModule([
      single('s1', 'one', true),
      single('s2', 'two', true),
      single('s3', 'one', true),
      single('s4', 'two', false),
      single('s5', 'one', false),
      multiple('m1', 'two', false),
      multiple('m2', 'one', false),
      multiple('m3', 'two', false),
    ]);
    expect(rules(tipped)).toEqual(['keyed-answer-longest']);
    expect(lintModule(tipped)[0]?.message).toContain('s1, s2, s3');
  });

  it('flags more than 30 % all-but-one select-all items', () => {
    const module = goodModule([
      single('s1', 'one', false),
      single('s2', 'two', false),
      single('s3', 'one', false),
      single('s4', 'two', false),
      multiple('m1', 'one', true),
      multiple('m2', 'two', true),
      multiple('m3', 'one', false),
      multiple('m4', 'two', false),
    ]);
    expect(rules(module)).toEqual(['all-but-one']);
  });

  it('flags a bank smaller than twice the attempt, including a quiz with no per-attempt count', () => {
    expect(rules(goodModule(undefined, { questionsPerAttempt: 5 }))).toEqual(['bank-too-small']);
    const noBank = goodModule();
    const quiz = noBank.sections.find((section) => section.kind === 'quiz');
    if (quiz?.kind === 'quiz') delete quiz.questionsPerAttempt;
    expect(rules(noBank)).toEqual(['bank-too-small', 'objective-bank-too-small', 'objective-bank-too-small']);
  });

  it('flags missing objectives, references, review, explanations and debriefs', () => {
    const bare = sampleModule();
    expect(rules(bare)).toEqual(
      expect.arrayContaining([
        'missing-objectives',
        'missing-references',
        'missing-review',
        'case-without-debrief',
        'question-without-objective',
        'bank-too-small',
      ]),
    );
    const blank = goodModule();
    const quiz = blank.sections.find((section) => section.kind === 'quiz');
    if (quiz?.kind === 'quiz' && quiz.questions[0]) quiz.questions[0].explanation = ' ';
    expect(rules(blank)).toEqual(['missing-explanation']);
  });

  it('flags an objective no question assesses, or too few for two forms', () => {
    const module = goodModule();
    module.objectives = [
      ...(module.objectives ?? []),
      { key: 'three', text: 'Do a third thing.', taughtIn: ['intro'] },
    ];
    expect(rules(module)).toEqual(['objective-without-question']);
    const thin = goodModule();
    const quiz = thin.sections.find((section) => section.kind === 'quiz');
    if (quiz?.kind === 'quiz')
      quiz.questions.forEach((question, index) => {
        question.objective = index < 6 ? 'one' : 'two';
      });
    expect(rules(thin)).toEqual(['objective-bank-too-small']);
  });

  it('flags an objective that points to no lesson or case, or to one that does not exist', () => {
    const module = goodModule();
    module.objectives = [
      { key: 'one', text: 'Do the first thing.' },
      { key: 'two', text: 'Do the second thing.', taughtIn: ['gone'] },
    ];
    expect(lintModule(module).map((finding) => finding.message)).toEqual([
      'The objective "one" names no lesson or case that teaches it.',
      'The objective "two" points to sections that do not exist: gone.',
    ]);
  });
});

describe('item checks', () => {
  it('counts a tie with the longest distractor as longest', () => {
    expect(
      keyedIsLongest({
        choices: [
          { key: 'a', text: 'abcd', correct: true },
          { key: 'b', text: 'wxyz', correct: false },
        ],
      }),
    ).toBe(true);
  });
  it('does not call a two-choice item all-but-one', () => {
    expect(
      isAllButOne({
        choices: [
          { key: 'a', text: 'Yes', correct: true },
          { key: 'b', text: 'No', correct: false },
        ],
      }),
    ).toBe(false);
  });
});
