import type { ModuleDraft } from '@preceptor/domain/modules/module-content';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeField, draftProblems, within } from './draft-problems.ts';

const content: ModuleDraft = {
  slug: 'sample',
  title: 'Sample',
  summary: 'A module.',
  competencies: ['communication'],
  estimatedMinutes: 30,
  ceHours: 0.5,
  audience: [],
  sections: [
    { kind: 'lesson', key: 'intro', title: 'Intro', body: 'Text.' },
    {
      kind: 'quiz',
      key: 'quiz',
      title: 'Check',
      passMark: 80,
      attemptsAllowed: 3,
      shuffle: true,
      questions: [],
    },
    { kind: 'lesson', key: 'lesson-1', title: '  ', body: '' },
  ],
};

function refusedWith(fieldErrors: Record<string, string[]>) {
  return new TRPCClientError('The draft was not saved: 2 problems to fix.', {
    result: {
      error: { code: -32600, message: 'x', data: { code: 'BAD_REQUEST', details: { fieldErrors } } },
    },
  });
}

describe('draftProblems', () => {
  it('keys the API’s field errors by their path inside the module', () => {
    const problems = draftProblems(
      refusedWith({ 'content.sections.2.title': ['Give it a title.'], slug: ['Keep the slug "sample".'] }),
    );
    expect(problems).toEqual({ 'sections.2.title': 'Give it a title.', slug: 'Keep the slug "sample".' });
    expect(within(problems, 'sections.2')('title')).toBe('Give it a title.');
    expect(within(problems, '')('slug')).toBe('Keep the slug "sample".');
    expect(within(problems, 'sections.1')('title')).toBeUndefined();
  });

  it('has nothing to show for a success or an error from elsewhere', () => {
    expect(draftProblems(null)).toEqual({});
    expect(draftProblems(new Error('boom'))).toEqual({});
  });
});

describe('describeField', () => {
  it('names the section by position, kind and title, then the part inside it', () => {
    expect(describeField('sections.1.questions.0.choices.2.text', content)).toBe(
      'Section 2 (Quiz “Check”), question 1, choice 3, text',
    );
    expect(describeField('sections.2.title', content)).toBe('Section 3 (Lesson), title');
    expect(describeField('audience', content)).toBe('Written for');
    expect(describeField('sections', content)).toBe('Sections');
  });

  it('names objectives, references (as their own list numbers them) and the review', () => {
    const withMetadata: ModuleDraft = {
      ...content,
      references: [
        { citation: 'A source.', year: 2019 },
        { citation: 'ANA Code of Ethics.', year: 0, kind: 'code_of_ethics' },
        { citation: 'Another source.', year: 2020, kind: 'source' },
      ],
    };
    expect(describeField('objectives.1.text', withMetadata)).toBe('Objective 2, text');
    expect(describeField('objectives', withMetadata)).toBe('Learning objectives');
    expect(describeField('references.1.year', withMetadata)).toBe('Code 1, year');
    expect(describeField('references.2.url', withMetadata)).toBe('Reference 2, web address');
    expect(describeField('review.lastReviewed', withMetadata)).toBe('Review, last reviewed');
    expect(describeField('review', withMetadata)).toBe('Review');
  });
});
