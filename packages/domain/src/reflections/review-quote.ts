/*
 * A quoted strength must be the writer's own words. The browser copies it from the text, but a
 * selection across paragraphs or a pasted quote may space it differently, so runs of white space
 * match any run of white space; every other character must match exactly.
 */

const WHITE_SPACE = /\s+/g;

function normalised(text: string): string {
  return text.replace(WHITE_SPACE, ' ').trim();
}

/** True when `quote` is a passage of `text` (white space aside). */
export function isExcerptOf(text: string, quote: string): boolean {
  const wanted = normalised(quote);
  return wanted !== '' && normalised(text).includes(wanted);
}
