/*
 * Where a mentor's comment sits in the text now. A comment stores the offsets and the words of
 * the passage it was written on, in the plain text of the version the mentor read. The writer
 * may have changed the text since: the passage is then found again by its words, and when the
 * words are gone the comment is said to be on an earlier version, rather than highlighting
 * whatever now sits at the old offsets.
 */

export interface PassageAnchor {
  start: number;
  end: number;
  /** The passage's words, as the server took them from the text the mentor read. */
  quote: string;
}

export type AnchorPlacement =
  | { kind: 'exact'; start: number; end: number }
  | { kind: 'moved'; start: number; end: number }
  | { kind: 'earlier_version' };

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Spaces and line breaks may have been rewrapped (a paragraph split or joined): match any run. */
function looseMatches(text: string, quote: string): { start: number; end: number }[] {
  const words = quote.trim().split(/\s+/);
  const pattern = new RegExp(
    words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'),
    'g',
  );
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The candidate nearest the passage's old place: edits elsewhere move it least. Ties go first. */
function nearest<T extends { start: number }>(candidates: readonly T[], start: number): T | undefined {
  let best: T | undefined;
  for (const candidate of candidates) {
    if (!best || Math.abs(candidate.start - start) < Math.abs(best.start - start)) best = candidate;
  }
  return best;
}

export function placeAnchor(text: string, anchor: PassageAnchor): AnchorPlacement {
  const { start, end, quote } = anchor;
  if (start >= 0 && end > start && end <= text.length && text.slice(start, end) === quote) {
    return { kind: 'exact', start, end };
  }
  // Blank passages carry no words to look for; only their exact place could have identified them.
  if (quote.trim() === '') return { kind: 'earlier_version' };
  const exact = nearest(
    occurrences(text, quote).map((at) => ({ start: at, end: at + quote.length })),
    start,
  );
  if (exact) return { kind: 'moved', ...exact };
  const loose = nearest(looseMatches(text, quote), start);
  if (loose) return { kind: 'moved', ...loose };
  return { kind: 'earlier_version' };
}
