import type { Candidate } from './identifier-finding.ts';
import { ALLOWED_PLACE_SET, FACILITY_WORDS, NOT_A_NAME, NOT_A_PLACE } from './identifier-lexicon.ts';
import { COMMON_WORDS } from './identifier-lexicon-common.ts';
import { CLINICAL_PROPER_WORDS } from './identifier-name-context.ts';
import { candidate, eachMatch } from './identifier-scan.ts';
import { lazySet } from './identifier-words.ts';

/*
 * Towns and neighbourhoods as people mention them in passing: "drove in from Yreka", "lives in
 * Kalihi", "outside Winnemucca", "a small town called Ely", and a ZIP code after "in" or "zip".
 * A capitalised word after such a cue is a place unless it is a state, a country, a department,
 * a facility or an everyday word.
 */

const common = lazySet(() => COMMON_WORDS);
const CAP = "\\p{Lu}\\p{Ll}[\\p{L}'’-]{0,30}";
const PLACE_CUE =
  '(?:from|outside(?:\\s+of)?|past|near|(?:up|down|out|over|back)\\s+(?:in|to|near|past)|' +
  '(?:lives?|lived|living|visiting|stays?|staying|works?|worked|bakery|cannery|mill|farm|diner|restaurant|home|family|brother|sister|aunt|uncle|daughter|son|relatives)\\s+(?:[\\p{Ll}]+\\s+){0,3}?in|' +
  '(?:town|city|village|place)\\s+called)';
const TOWN_RE = new RegExp(`\\b${PLACE_CUE}\\s+(${CAP}(?:[ \\t]+${CAP}){0,2})(?![\\p{L}])`, 'dgu');
const ZIP_AFTER_CUE_RE =
  /\b(?:in|from|zip(?:\s+code)?(?:\s+(?:is|was))?|lives\s+in)\s+(\d{5})(?![\w,.]\d|\s*(?:mL|units?|mg|cells|\/))/dgi;

function isPlaceWord(word: string): boolean {
  const key = word.toLowerCase();
  return !(
    common().has(key) ||
    NOT_A_NAME.has(word) ||
    NOT_A_PLACE.has(word) ||
    FACILITY_WORDS.has(word) ||
    CLINICAL_PROPER_WORDS.has(key)
  );
}

export function findTowns(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(TOWN_RE, text, (m) => {
    const at = m.indices?.[1];
    const raw = m[1];
    if (at === undefined || raw === undefined) return;
    const parts = raw.split(/[ \t]+/);
    if (ALLOWED_PLACE_SET.has(raw) || !parts.every(isPlaceWord)) {
      // "from Maria's house" or "from Oregon": keep only a leading place word that is no state.
      const first = parts[0] ?? '';
      if (parts.length === 1 || !isPlaceWord(first) || ALLOWED_PLACE_SET.has(first)) return;
      out.push(
        candidate(
          'address',
          at[0],
          at[0] + first.length,
          2,
          'The sentence says someone lives there or came from there.',
        ),
      );
      return;
    }
    out.push(
      candidate('address', at[0], at[1], 2, 'The sentence says someone lives there or came from there.'),
    );
  });
  eachMatch(ZIP_AFTER_CUE_RE, text, (m) => {
    const at = m.indices?.[1];
    if (at !== undefined)
      out.push(candidate('address', at[0], at[1], 3, 'A ZIP code narrows down where someone lives.'));
  });
  return out;
}
