/*
 * The words of a text with their offsets, for the detectors that judge a word by its
 * neighbours. A "word" is at most MAX_WORD letters: a longer run is no name, and capping it keeps
 * every lookup and every pattern built from words small, whatever the input.
 */

export const MAX_WORD = 40;

export interface Word {
  start: number;
  end: number;
  /** The word as written, without a trailing possessive ("Tran’s" → "Tran"). */
  text: string;
  /** Lower case, apostrophes straightened: the key for lexicon lookups. */
  key: string;
  possessive: boolean;
}

const WORD_RE = /(?<![\p{L}\p{N}'’-])\p{L}[\p{L}'’-]{0,39}(?![\p{L}\p{N}'’-])/gu;

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    let raw = m[0];
    let possessive = false;
    if (/['’]s$/.test(raw)) {
      raw = raw.slice(0, -2);
      possessive = true;
    } else if (/['’-]$/.test(raw)) {
      raw = raw.slice(0, -1);
    }
    if (raw.length === 0) continue;
    out.push({
      start: m.index,
      end: m.index + raw.length,
      text: raw,
      key: raw.toLowerCase().replace(/’/g, "'"),
      possessive,
    });
  }
  return out;
}

/** Builds a set from a space-separated list once, on first use. */
export function lazySet(source: () => string): () => ReadonlySet<string> {
  let set: ReadonlySet<string> | undefined;
  return () => {
    set ??= new Set(source().split(' '));
    return set;
  };
}
