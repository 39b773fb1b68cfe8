import { ReviewInput } from '@preceptor/domain/reflections/review-schemas';
import { describe, expect, it } from 'vitest';
import { draftProblems, overallLevelOf, type ReviewDraft, reviewInputOf } from './review-draft.ts';

const TEXT = 'I froze when the alarm sounded.\nThen I said it out loud.';
const REFLECTION = { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', version: 2 };

const draft = (change: Partial<ReviewDraft> = {}): ReviewDraft => ({
  criteria: {
    WRITING_SPECTRUM: 'THOUGHTFUL_ACTION',
    PRESENCE: 'THOUGHTFUL_ACTION',
    DILEMMA: 'THOUGHTFUL_ACTION',
    EMOTIONS: 'REFLECTION',
    MEANING_MAKING: 'HABITUAL_ACTION',
  },
  overriding: false,
  overrideLevel: null,
  overrideReason: '',
  learning: null,
  strengthQuote: 'I said it out loud',
  strengthNote: 'You spoke.',
  furtherQuestion: 'What helped?',
  concerns: [],
  generalComment: '',
  ...change,
});

describe('the review being written', () => {
  it('names each criterion still to rate, and shows no overall level until all five are rated', () => {
    const partial = draft({ criteria: { PRESENCE: 'REFLECTION' } });
    expect(overallLevelOf(partial)).toBeNull();
    expect(Object.keys(draftProblems(partial, TEXT, 'REVIEWED'))).toEqual([
      'criteria.WRITING_SPECTRUM',
      'criteria.DILEMMA',
      'criteria.EMOTIONS',
      'criteria.MEANING_MAKING',
    ]);
  });

  it('sends no learning axis below reflection, and the server schema accepts what it sends', () => {
    const complete = draft({ learning: 'TRANSFORMATIVE' });
    expect(draftProblems(complete, TEXT, 'REVIEWED')).toEqual({});
    const input = reviewInputOf(complete, REFLECTION, 'REVIEWED');
    expect(input).not.toHaveProperty('learning');
    expect(ReviewInput.safeParse({ ...input, comments: [] }).success).toBe(true);
  });

  it('asks for the learning axis once an override lifts the level to reflection, with its reason', () => {
    const lifted = draft({ overriding: true, overrideLevel: 'REFLECTION', overrideReason: '' });
    expect(Object.keys(draftProblems(lifted, TEXT, 'REVIEWED'))).toEqual([
      'overallOverride.reason',
      'learning',
    ]);
    const answered = { ...lifted, overrideReason: 'The ending reframes it.', learning: 'UNRATED' as const };
    expect(draftProblems(answered, TEXT, 'REVIEWED')).toEqual({});
    const input = reviewInputOf(answered, REFLECTION, 'REVIEWED');
    expect(input).toMatchObject({ overallOverride: { level: 'REFLECTION' }, learning: 'UNRATED' });
    expect(ReviewInput.safeParse({ ...input, comments: [] }).success).toBe(true);
  });

  it('refuses a quote that is not in the text, as the server would', () => {
    expect(draftProblems(draft({ strengthQuote: 'I shouted' }), TEXT, 'REVIEWED')).toHaveProperty(
      'strengthQuote',
    );
  });

  it('asks for a revision when identifiable detail remains', () => {
    const flagged = draft({ concerns: ['IDENTIFIABLE_DETAIL'] });
    expect(draftProblems(flagged, TEXT, 'REVIEWED')).toHaveProperty('concerns');
    expect(draftProblems(flagged, TEXT, 'REVISION_REQUESTED')).toEqual({});
  });
});
