import { MATCH_FACTORS } from '@preceptor/domain/matching/weights';
import { describe, expect, it } from 'vitest';
import { type DemoIds, scoreDemoMatches } from './demo-match-scores.ts';
import { DEMO_ACTIVE_MATCHES, DEMO_PREFERENCES } from './pairings.ts';

// The seed passes database ids; any stable, distinct strings serve here.
const ids: DemoIds = {
  userId: (email) => `user:${email}`,
  membershipId: (email) => `membership:${email}`,
  hospitalId: (code) => `hospital:${code}`,
};

const score = () => scoreDemoMatches({ pairs: DEMO_ACTIVE_MATCHES, preferences: DEMO_PREFERENCES, ids });

describe('scoreDemoMatches', () => {
  it('explains every demo pair with the matcher’s factors, in the order staff see them', () => {
    const scored = score();
    expect(scored.map(({ mentor, mentee }) => ({ mentor, mentee }))).toEqual(
      DEMO_ACTIVE_MATCHES.map(({ mentor, mentee }) => ({ mentor, mentee })),
    );
    for (const match of scored) {
      expect(match.factors.map((factor) => factor.factor)).toEqual([...MATCH_FACTORS]);
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(100);
      const points = match.factors.reduce((sum, factor) => sum + factor.points, 0);
      // Each factor's points are rounded to one decimal; the score is their rounded sum.
      expect(Math.abs(points - match.score)).toBeLessThan(0.1);
      expect(match.factors.every((factor) => factor.detail.length > 0)).toBe(true);
    }
  });

  it('gives the named demo pairs the reasons the demo walks through', () => {
    const named = score().find((match) => match.mentee === 'mentee@preceptor.test');
    const factor = (name: string) => named?.factors.find((candidate) => candidate.factor === name);
    expect(factor('specialty')).toMatchObject({ value: 1, detail: 'Both in Cardiac surgery' });
    expect(factor('profession')).toMatchObject({ value: 1, detail: 'Both in perfusion' });
    expect(factor('site')).toMatchObject({ value: 1, detail: 'Same hospital' });
    expect(named?.score).toBeGreaterThanOrEqual(60);
  });

  it('is deterministic', () => {
    expect(score()).toEqual(score());
  });

  it('stops the seed on a pair the matching rules refuse', () => {
    const [first] = DEMO_ACTIVE_MATCHES;
    if (!first) throw new Error('no demo pairs');
    const reversed = { ...first, mentor: first.mentee, mentee: first.mentor };
    expect(() => scoreDemoMatches({ pairs: [reversed], preferences: [], ids })).toThrow(
      /Seed bug: the demo pair .* breaks a matching rule/,
    );
  });
});
