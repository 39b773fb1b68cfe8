import { describe, expect, it } from 'vitest';
import {
  type CriterionRatings,
  deriveOverallLevel,
  learningApplies,
  REFLECT_CRITERIA,
  REFLECT_LEVELS,
  ReflectCriterion,
  type ReflectLevel,
  ReflectLevel as ReflectLevelSchema,
} from './reflect-rubric.ts';

const ratings = (
  ...levels: [ReflectLevel, ReflectLevel, ReflectLevel, ReflectLevel, ReflectLevel]
): CriterionRatings =>
  Object.fromEntries(
    ReflectCriterion.options.map((criterion, i) => [criterion, levels[i]]),
  ) as CriterionRatings;

describe('the REFLECT rubric as Wald et al. (2012) wrote it', () => {
  it('has the five original criteria and no others, each with an anchor for every level', () => {
    expect(REFLECT_CRITERIA.map((c) => c.label)).toEqual([
      'Writing spectrum',
      'Presence',
      'Description of conflict or disorienting dilemma',
      'Attending to emotions',
      'Analysis and meaning making',
    ]);
    for (const criterion of REFLECT_CRITERIA) {
      for (const level of ReflectLevelSchema.options)
        expect(criterion.anchors[level].length).toBeGreaterThan(10);
    }
  });

  it('names the four levels in order', () => {
    expect(REFLECT_LEVELS.map((l) => [l.rank, l.label])).toEqual([
      [1, 'Habitual action'],
      [2, 'Thoughtful action or introspection'],
      [3, 'Reflection'],
      [4, 'Critical reflection'],
    ]);
  });
});

describe('deriveOverallLevel', () => {
  it('is the level when all criteria agree', () => {
    for (const level of ReflectLevelSchema.options) {
      expect(deriveOverallLevel(ratings(level, level, level, level, level))).toBe(level);
    }
  });

  it('is the highest level that three of the five criteria reach', () => {
    expect(
      deriveOverallLevel(
        ratings('CRITICAL_REFLECTION', 'REFLECTION', 'REFLECTION', 'THOUGHTFUL_ACTION', 'HABITUAL_ACTION'),
      ),
    ).toBe('REFLECTION');
    expect(
      deriveOverallLevel(
        ratings(
          'CRITICAL_REFLECTION',
          'CRITICAL_REFLECTION',
          'THOUGHTFUL_ACTION',
          'THOUGHTFUL_ACTION',
          'HABITUAL_ACTION',
        ),
      ),
    ).toBe('THOUGHTFUL_ACTION');
  });

  it('is not carried by one outlying criterion either way', () => {
    expect(
      deriveOverallLevel(
        ratings(
          'CRITICAL_REFLECTION',
          'HABITUAL_ACTION',
          'HABITUAL_ACTION',
          'HABITUAL_ACTION',
          'HABITUAL_ACTION',
        ),
      ),
    ).toBe('HABITUAL_ACTION');
    expect(
      deriveOverallLevel(ratings('HABITUAL_ACTION', 'REFLECTION', 'REFLECTION', 'REFLECTION', 'REFLECTION')),
    ).toBe('REFLECTION');
  });

  it('does not depend on which criterion holds which rating', () => {
    const a = ratings(
      'REFLECTION',
      'HABITUAL_ACTION',
      'CRITICAL_REFLECTION',
      'THOUGHTFUL_ACTION',
      'REFLECTION',
    );
    const b = ratings(
      'THOUGHTFUL_ACTION',
      'REFLECTION',
      'REFLECTION',
      'CRITICAL_REFLECTION',
      'HABITUAL_ACTION',
    );
    expect(deriveOverallLevel(a)).toBe('REFLECTION');
    expect(deriveOverallLevel(b)).toBe('REFLECTION');
  });
});

describe('learningApplies', () => {
  it('offers the learning axis only at reflection and critical reflection', () => {
    expect(ReflectLevelSchema.options.filter(learningApplies)).toEqual(['REFLECTION', 'CRITICAL_REFLECTION']);
  });
});
