import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeAnchor } from './comment-anchor.ts';

const TEXT = 'I hesitated before speaking up.\nNext time I will say it the first time I see it.';
const QUOTE = 'speaking up';
const AT = TEXT.indexOf(QUOTE);
const anchor = { start: AT, end: AT + QUOTE.length, quote: QUOTE };

describe('placeAnchor', () => {
  it('keeps the stored place when the words there are still the quoted ones', () => {
    expect(placeAnchor(TEXT, anchor)).toEqual({ kind: 'exact', start: AT, end: AT + QUOTE.length });
  });

  it('finds the passage again after the writer added text before it', () => {
    const edited = `On Tuesday, during the bypass run, ${TEXT}`;
    const placed = placeAnchor(edited, anchor);
    expect(placed.kind).toBe('moved');
    if (placed.kind === 'earlier_version') return;
    expect(edited.slice(placed.start, placed.end)).toBe(QUOTE);
  });

  it('picks the occurrence nearest the old place when the words now appear twice', () => {
    const text = `speaking up matters. ${TEXT}`;
    const old = text.indexOf(QUOTE, 5);
    const placed = placeAnchor(text, { start: old - 3, end: old - 3 + QUOTE.length, quote: QUOTE });
    expect(placed).toEqual({ kind: 'moved', start: old, end: old + QUOTE.length });
  });

  it('finds a passage whose line breaks changed (a paragraph split or joined)', () => {
    const quote = 'speaking up.\nNext time';
    const start = TEXT.indexOf(quote);
    const joined = TEXT.replace('.\nNext', '. Next');
    const placed = placeAnchor(joined, { start, end: start + quote.length, quote });
    expect(placed.kind).toBe('moved');
    if (placed.kind === 'earlier_version') return;
    expect(joined.slice(placed.start, placed.end)).toBe('speaking up. Next time');
  });

  it('says "earlier version" when the quoted words are gone, instead of marking what sits there now', () => {
    const rewritten = 'I hesitated before raising it.\nNext time I will say it the first time I see it.';
    expect(placeAnchor(rewritten, anchor)).toEqual({ kind: 'earlier_version' });
  });

  it('says "earlier version" for offsets beyond a text that got shorter', () => {
    expect(placeAnchor('Short now.', { start: 40, end: 52, quote: 'a lost quote' })).toEqual({
      kind: 'earlier_version',
    });
  });

  it('does not go looking for a blank quote', () => {
    expect(placeAnchor('a  b', { start: 0, end: 1, quote: ' ' })).toEqual({ kind: 'earlier_version' });
  });

  it('treats the quote as words, not a pattern', () => {
    const text = 'Was it (really) 3.5 mL/kg? Yes.';
    const placed = placeAnchor(text, { start: 0, end: 5, quote: '(really) 3.5 mL/kg?' });
    expect(placed).toEqual({ kind: 'moved', start: 7, end: 26 });
  });

  it('only ever marks text equal to the quote, or the quote with its spacing rewrapped', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.nat(80),
        (text, quote, start) => {
          const placed = placeAnchor(text, { start, end: start + quote.length, quote });
          if (placed.kind === 'earlier_version') return;
          const marked = text.slice(placed.start, placed.end);
          const squash = (s: string) => s.trim().split(/\s+/).join(' ');
          expect(marked === quote || squash(marked) === squash(quote)).toBe(true);
        },
      ),
    );
  });
});
