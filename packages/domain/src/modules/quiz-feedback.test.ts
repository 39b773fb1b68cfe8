import { describe, expect, it } from 'vitest';
import { objectivesToRevisit } from './quiz-feedback.ts';

const objectives = [
  { key: 'consent', text: 'Explain what valid consent requires.', taughtIn: ['what-consent-is'] },
  { key: 'capacity', text: 'Recognise signs that capacity is in doubt.' },
  { key: 'role', text: 'Answer within your role.' },
];
const questions = [
  { key: 'q1', objective: 'consent' },
  { key: 'q2', objective: 'capacity' },
  { key: 'q3', objective: 'role' },
  { key: 'q4' },
];

describe('objectivesToRevisit', () => {
  it('names each objective with a missed question once, in module order, with where it is taught', () => {
    const revisit = objectivesToRevisit(objectives, questions, [
      { key: 'q3', correct: false },
      { key: 'q1', correct: false },
      { key: 'q2', correct: true },
      { key: 'q4', correct: false },
    ]);
    expect(revisit).toEqual([
      { key: 'consent', text: 'Explain what valid consent requires.', taughtIn: ['what-consent-is'] },
      { key: 'role', text: 'Answer within your role.', taughtIn: [] },
    ]);
  });

  it('is empty when every question was answered correctly', () => {
    expect(objectivesToRevisit(objectives, questions, [{ key: 'q1', correct: true }])).toEqual([]);
  });
});
