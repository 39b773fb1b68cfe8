import { describe, expect, it } from 'vitest';
import { RespondToReviewInput, ReviewInput } from './review-schemas.ts';

const all = (level: string) => ({
  WRITING_SPECTRUM: level,
  PRESENCE: level,
  DILEMMA: level,
  EMOTIONS: level,
  MEANING_MAKING: level,
});

const base = {
  reflectionId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  reflectionVersion: 1,
  criteria: all('THOUGHTFUL_ACTION'),
  strengthQuote: 'I said it out loud',
  strengthNote: 'You named the risk.',
  furtherQuestion: 'What would you say next time?',
  outcome: 'REVIEWED',
};

const issuesAt = (input: unknown) =>
  (ReviewInput.safeParse(input).error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('ReviewInput', () => {
  it('accepts a review below reflection without the learning axis', () => {
    expect(issuesAt(base)).toEqual([]);
  });

  it('refuses the learning axis below reflection', () => {
    expect(issuesAt({ ...base, learning: 'CONFIRMATORY' })).toEqual(['learning']);
    expect(issuesAt({ ...base, learning: 'UNRATED' })).toEqual([]);
  });

  it('requires an explicit learning answer at reflection and above, with no default', () => {
    const reflective = { ...base, criteria: all('REFLECTION') };
    expect(issuesAt(reflective)).toEqual(['learning']);
    expect(issuesAt({ ...reflective, learning: 'UNRATED' })).toEqual([]);
    expect(issuesAt({ ...reflective, learning: 'TRANSFORMATIVE' })).toEqual([]);
    expect(issuesAt({ ...reflective, learning: 'NONE' })).toEqual(['learning']);
  });

  it('judges the learning axis by the overridden level', () => {
    const override = { level: 'REFLECTION', reason: 'The last paragraph reframes everything.' };
    expect(issuesAt({ ...base, overallOverride: override })).toEqual(['learning']);
    expect(issuesAt({ ...base, overallOverride: override, learning: 'CONFIRMATORY' })).toEqual([]);
  });

  it('requires a reason for an override, and a level other than the derived one', () => {
    expect(issuesAt({ ...base, overallOverride: { level: 'HABITUAL_ACTION', reason: '  ' } })).toEqual([
      'overallOverride.reason',
    ]);
    expect(
      issuesAt({ ...base, overallOverride: { level: 'THOUGHTFUL_ACTION', reason: 'Because.' } }),
    ).toEqual(['overallOverride.level']);
  });

  it('requires every criterion, a quoted strength and a question', () => {
    const { PRESENCE: _presence, ...four } = all('REFLECTION');
    expect(issuesAt({ ...base, criteria: four })).toEqual(['criteria.PRESENCE']);
    expect(issuesAt({ ...base, strengthQuote: '', furtherQuestion: ' ' })).toEqual([
      'strengthQuote',
      'furtherQuestion',
    ]);
  });

  it('asks for a revision when identifiable detail remains', () => {
    expect(issuesAt({ ...base, concerns: ['IDENTIFIABLE_DETAIL'] })).toEqual(['concerns']);
    expect(issuesAt({ ...base, concerns: ['IDENTIFIABLE_DETAIL'], outcome: 'REVISION_REQUESTED' })).toEqual(
      [],
    );
    expect(issuesAt({ ...base, concerns: ['DISTRESS', 'DISTRESS'] })).toEqual(['concerns']);
  });
});

describe('RespondToReviewInput', () => {
  const reviewId = base.reflectionId;
  it('needs a response or a next step', () => {
    expect(RespondToReviewInput.safeParse({ reviewId, response: ' ', agreedNextStep: '' }).success).toBe(
      false,
    );
    expect(
      RespondToReviewInput.safeParse({ reviewId, response: '', agreedNextStep: 'Say it at once.' }).success,
    ).toBe(true);
  });
});
