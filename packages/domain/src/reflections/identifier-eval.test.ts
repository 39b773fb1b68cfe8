import { describe, expect, it } from 'vitest';
import { findPatientIdentifiers } from './identifier-check.ts';
import devSource from './identifier-eval/dev.txt?raw';
import testSource from './identifier-eval/test.txt?raw';
import {
  evaluate,
  formatEvaluation,
  parseLabelledLines,
  precision,
  recall,
} from './identifier-evaluation.ts';

/*
 * The evaluation on our own corpus (identifier-eval/): the development part the detector was
 * tuned on, and the test part written first and never tuned on. Figures are printed and kept in
 * packages/domain/README.md.
 */

const dev = parseLabelledLines(devSource);
const test = parseLabelledLines(testSource);

describe('evaluation corpus', () => {
  it('has at least 1,200 labelled lines, each label inside its line', () => {
    expect(dev.length + test.length).toBeGreaterThanOrEqual(1_200);
    for (const line of [...dev, ...test]) {
      for (const l of line.labels) expect(l.end).toBeLessThanOrEqual(line.text.length);
    }
  });
});

describe.each([
  ['development part', dev],
  ['test part (never tuned on)', test],
])('%s', (name, lines) => {
  it('meets the recall, precision and false-alarm floors (printed per kind)', () => {
    const result = evaluate(lines, findPatientIdentifiers);
    console.log(formatEvaluation(name, result));
    // Misses are printed for the development part only: the test part's are not looked at.
    if (name === 'development part') {
      console.log(
        `misses:\n  ${result.misses.join('\n  ')}\nfalse alarms:\n  ${result.falseAlarms.join('\n  ')}`,
      );
    }
    expect(recall(result.total)).toBeGreaterThanOrEqual(name === 'development part' ? 0.95 : 0.85);
    expect(precision(result.total)).toBeGreaterThanOrEqual(0.9);
    expect(result.cleanLinesFlagged / result.cleanLines).toBeLessThanOrEqual(0.05);
  });
});
