import { describe, expect, it } from 'vitest';
import { bodyLimitProblem, MAX_REFLECTION_NESTING, MAX_REFLECTION_TEXT_LENGTH } from './reflection-quotas.ts';

describe('bodyLimitProblem', () => {
  it('accepts a long journal entry up to the text limit, formatting aside', () => {
    const words = 'a'.repeat(MAX_REFLECTION_TEXT_LENGTH - 1);
    expect(bodyLimitProblem(`<p><strong>${words}</strong></p>`)).toBeNull();
  });

  it('counts text, not markup, and says how long it is', () => {
    const problem = bodyLimitProblem(`<p>${'a'.repeat(MAX_REFLECTION_TEXT_LENGTH + 1)}</p>`);
    expect(problem).toMatch(/50,001 characters, and 50,000 is the most/);
  });

  it('refuses formatting nested deeper than any editor makes', () => {
    expect(bodyLimitProblem('<blockquote>'.repeat(MAX_REFLECTION_NESTING + 1))).toMatch(/nested too deeply/);
    expect(bodyLimitProblem('<ul><li>'.repeat(10))).toBeNull();
  });
});
