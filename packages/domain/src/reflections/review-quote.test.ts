import { describe, expect, it } from 'vitest';
import { isExcerptOf } from './review-quote.ts';

const text = 'I froze when the alarm sounded.\nThen I said it out loud.';

describe('isExcerptOf', () => {
  it('accepts a passage of the text, exactly as written', () => {
    expect(isExcerptOf(text, 'I said it out loud')).toBe(true);
  });

  it('accepts a passage across a paragraph break, however it is spaced', () => {
    expect(isExcerptOf(text, 'sounded.  Then I said')).toBe(true);
    expect(isExcerptOf(text, ' alarm sounded.\n\nThen ')).toBe(true);
  });

  it('refuses words the writer did not write, or wrote differently', () => {
    expect(isExcerptOf(text, 'I said it loudly')).toBe(false);
    expect(isExcerptOf(text, 'i froze')).toBe(false);
    expect(isExcerptOf(text, 'I froze when the alarm sounded!')).toBe(false);
  });

  it('refuses an empty quote', () => {
    expect(isExcerptOf(text, '   ')).toBe(false);
  });
});
