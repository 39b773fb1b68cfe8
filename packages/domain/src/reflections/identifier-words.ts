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

/** A maximal run of letters, apostrophes and hyphens: linear, with no lookaround to retry. */
const WORD_RE = /\p{L}[\p{L}'’-]*/gu;
const DIGIT = /\d/;

let lastText: string | undefined;
let lastWords: Word[] = [];

/** The words of `text`; the last answer is kept, as several detectors ask about the same text. */
export function wordsOf(text: string): Word[] {
  if (text !== lastText) {
    lastWords = scanWords(text);
    lastText = text;
  }
  return lastWords;
}

function scanWords(text: string): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    if (m[0].length > MAX_WORD) continue;
    // "C3-C4", "2nd": part of a code or a number, not a word.
    if (DIGIT.test(text[m.index - 1] ?? '') || DIGIT.test(text[m.index + m[0].length] ?? '')) continue;
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
