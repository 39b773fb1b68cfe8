import { describe, expect, it } from 'vitest';
import { paragraphLabel, paragraphPassages } from './paragraph-passages.ts';

describe('paragraphPassages', () => {
  it('finds each non-empty paragraph with offsets into the whole text', () => {
    const text = 'First one.\n\n  Second, indented. \nThird';
    const paragraphs = paragraphPassages(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['First one.', 'Second, indented.', 'Third']);
    for (const paragraph of paragraphs) {
      expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    }
  });

  it('labels a long paragraph by its opening words', () => {
    const [paragraph] = paragraphPassages('x'.repeat(80));
    if (!paragraph) throw new Error('no paragraph');
    expect(paragraphLabel(paragraph, 0)).toBe(`Paragraph 1: “${'x'.repeat(60)}…”`);
  });
});
