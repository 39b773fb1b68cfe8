import { describe, expect, it } from 'vitest';
import { CALIBRATION_SAMPLES } from './calibration-samples.ts';
import { findPatientIdentifiers } from './identifier-check.ts';
import { deriveOverallLevel, learningApplies, ReflectCriterion } from './reflect-rubric.ts';

describe('calibration samples', () => {
  it('are three, at different overall levels', () => {
    expect(CALIBRATION_SAMPLES).toHaveLength(3);
    expect(new Set(CALIBRATION_SAMPLES.map((s) => s.exemplar.overall)).size).toBe(3);
    expect(new Set(CALIBRATION_SAMPLES.map((s) => s.key)).size).toBe(3);
  });

  for (const sample of CALIBRATION_SAMPLES) {
    describe(sample.title, () => {
      it('has an exemplar rating with a reason for every criterion', () => {
        for (const criterion of ReflectCriterion.options) {
          expect(sample.exemplar.criteria[criterion].why.length).toBeGreaterThan(10);
        }
      });

      it('has the overall level its criteria give', () => {
        const levels = Object.fromEntries(
          ReflectCriterion.options.map((c) => [c, sample.exemplar.criteria[c].level]),
        ) as Parameters<typeof deriveOverallLevel>[0];
        expect(deriveOverallLevel(levels)).toBe(sample.exemplar.overall);
      });

      it('rates learning only where the axis applies', () => {
        expect(sample.exemplar.learning !== null).toBe(learningApplies(sample.exemplar.overall));
      });

      it('contains nothing the patient-identifier check flags', () => {
        expect(findPatientIdentifiers(sample.paragraphs.join('\n'))).toEqual([]);
      });
    });
  }
});
