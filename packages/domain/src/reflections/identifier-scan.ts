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
