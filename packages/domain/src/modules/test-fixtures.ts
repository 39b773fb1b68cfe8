import type { ModuleContent, QuizSection } from './module-content.ts';

/** A small valid module for unit tests; real content lives in packages/db/content/modules. */
export function sampleQuiz(overrides: Partial<QuizSection> = {}): QuizSection {
  return {
    kind: 'quiz',
    key: 'quiz',
    title: 'Check your understanding',
    passMark: 75,
    attemptsAllowed: 3,
    shuffle: true,
    questions: [
      {
        key: 'q1',
        prompt: 'Who obtains consent for the operation?',
        kind: 'single',
        choices: [
          { key: 'a', text: 'The surgeon performing it', correct: true },
          { key: 'b', text: 'The circulating nurse', correct: false },
          { key: 'c', text: 'The device representative', correct: false },
        ],
        explanation: 'The person performing the procedure holds the duty to inform.',
      },
      {
        key: 'q2',
        prompt: 'Which are elements of capacity?',
        kind: 'multiple',
        choices: [
          { key: 'a', text: 'Understanding', correct: true },
          { key: 'b', text: 'Appreciation', correct: true },
          { key: 'c', text: 'Agreeing with the team', correct: false },
        ],
        explanation: 'Capacity is about the ability to decide, not the decision reached.',
      },
      {
        key: 'q3',
        prompt: 'A witness signature attests to what?',
        kind: 'single',
        choices: [
          { key: 'a', text: 'That the patient understood', correct: false },
          { key: 'b', text: 'That the patient signed', correct: true },
        ],
        explanation: 'Witnessing confirms identity and signature, not understanding.',
      },
      {
        key: 'q4',
        prompt: 'Which tools help you speak up?',
        kind: 'multiple',
        choices: [
          { key: 'a', text: 'CUS', correct: true },
          { key: 'b', text: 'Silence', correct: false },
          { key: 'c', text: 'Two-challenge rule', correct: true },
          { key: 'd', text: 'DESC', correct: true },
        ],
        explanation: 'CUS, the two-challenge rule and DESC are TeamSTEPPS tools.',
      },
    ],
    ...overrides,
  };
}

export function sampleModule(): ModuleContent {
  return {
    slug: 'sample-module',
    title: 'Sample',
    summary: 'A module for tests.',
    competencies: ['communication'],
    estimatedMinutes: 30,
    ceHours: 0.5,
    audience: [],
    sections: [
      { kind: 'lesson', key: 'intro', title: 'Intro', body: 'Text.' },
      {
        kind: 'case',
        key: 'case-one',
        title: 'A case',
        body: 'Vignette.',
        discussionQuestions: ['What now?'],
      },
      sampleQuiz(),
      { kind: 'reflection', key: 'reflect', title: 'Reflect', prompt: 'Think about it.' },
    ],
  };
}
