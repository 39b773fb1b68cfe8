import type { Candidate, IdentifierKind } from './identifier-finding.ts';

/*
 * Every global pattern in the detectors starts with a negative lookbehind (or a literal that
 * cannot occur mid-token), so an attempt from inside a run of letters or digits fails at once and
 * the scan stays linear in the text length even for hostile input such as 50,000 digits.
 */

/** Calls `fn` for each match of a global regex, guarding against zero-length loops. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    fn(m);
  }
}

/** Does the text just before `pos` (at most `window` characters) match `re`? */
export function before(text: string, pos: number, re: RegExp, window = 40): boolean {
  return re.test(text.slice(Math.max(0, pos - window), pos));
}

/** Does the text just after `pos` (at most `window` characters) match `re`? */
export function after(text: string, pos: number, re: RegExp, window = 40): boolean {
  return re.test(text.slice(pos, pos + window));
}

export function candidate(
  kind: IdentifierKind,
  start: number,
  end: number,
  strength: number,
  detail?: string,
): Candidate {
  return detail === undefined ? { kind, start, end, strength } : { kind, start, end, strength, detail };
}

const CONNECTOR =
  /(?:\s*[:#=]\s*|\s*\(\s*|\s+(?:numbers?|no\.?|num|is|was|were|of|ending|ended|ends|in|with|reads?|said|says|listed|as|printed|written|showed|shows|being|last (?:4|four)(?: digits)?|digits)\b\.?)/y;

/** Skips the words between a label and its value ("MRN is", "SSN ending in", "serial #"). */
export function skipConnectors(text: string, pos: number): number {
  let at = pos;
  for (let i = 0; i < 6; i++) {
    CONNECTOR.lastIndex = at;
    const m = CONNECTOR.exec(text);
    if (m === null || m[0].length === 0) break;
    at += m[0].length;
  }
  return at;
}

/** Leading whitespace to skip when a connector consumed nothing, e.g. "MRN 123". */
export function skipSpaces(text: string, pos: number): number {
  let at = pos;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\u00a0')) at++;
  return at;
}

/**
 * Where `eachMatchWhere` may cut the text: every character except letters, digits, `_`,
 * whitespace, apostrophes, dots and hyphens. None of them is a word character for `\b` or a
 * character that the detectors' lookbehinds and lookaheads test for, so a pattern sees a cut the
 * same as the edge of the text.
 */
export const STRETCH_BREAK = /[^\p{L}\p{N}_\s'’.-]+/gu;
/** The same, for patterns whose matches may hold a comma ("Walter, a 71-year-old"). */
export const STRETCH_BREAK_NO_COMMA = /[^\p{L}\p{N}_\s'’.,-]+/gu;

const stretchCache = new Map<RegExp, { text: string; ends: number[] }>();

/** The ends of the stretches between breaks, ascending; the last answer per break set is kept. */
function stretchEndsOf(text: string, breaks: RegExp): number[] {
  const cached = stretchCache.get(breaks);
  if (cached !== undefined && cached.text === text) return cached.ends;
  const ends: number[] = [];
  breaks.lastIndex = 0;
  for (let b = breaks.exec(text); b !== null; b = breaks.exec(text)) ends.push(b.index);
  ends.push(text.length);
  stretchCache.set(breaks, { text, ends });
  return ends;
}

const globalCopies = new Map<RegExp, RegExp>();

/**
 * `eachMatch` for a pattern whose matches never hold a STRETCH_BREAK character and always hold a
 * match of `need`: the pattern is run only on the stretches between breaks where `need` matches.
 * The matches, their order and their offsets (`index`, `indices`) are those of the whole text.
 */
export function eachMatchWhere(
  re: RegExp,
  text: string,
  need: RegExp,
  fn: (m: RegExpExecArray) => void,
  breaks: RegExp = STRETCH_BREAK,
): void {
  let hits = globalCopies.get(need);
  if (hits === undefined) {
    hits = new RegExp(need.source, `${need.flags.replace('g', '')}g`);
    globalCopies.set(need, hits);
  }
  const ends = stretchEndsOf(text, breaks);
  hits.lastIndex = 0;
  for (let h = hits.exec(text); h !== null; h = hits.exec(text)) {
    // The stretch holding the hit: the first end after it (binary search).
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] as number) > h.index) hi = mid;
      else lo = mid + 1;
    }
    const to = ends[lo] as number;
    let from = 0;
    if (lo > 0) {
      // The stretch starts after the break that ends the previous one.
      breaks.lastIndex = ends[lo - 1] as number;
      const b = breaks.exec(text);
      from = b === null ? 0 : b.index + b[0].length;
    }
    const part = text.slice(from, to);
    eachMatch(re, part, (m) => {
      m.index += from;
      if (m.indices !== undefined)
        for (const range of m.indices)
          if (range !== undefined) {
            range[0] += from;
            range[1] += from;
          }
      fn(m);
    });
    hits.lastIndex = Math.max(to, h.index + 1);
  }
}
