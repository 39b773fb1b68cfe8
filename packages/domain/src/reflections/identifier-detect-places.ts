import type { Candidate } from './identifier-finding.ts';
import {
  ALLOWED_PLACE_SET,
  AMBIGUOUS_STATE_CODES,
  FACILITY_WORDS,
  NOT_A_NAME,
  NOT_A_PLACE,
  PLAIN_STATE_CODES,
  STAFF_TITLE_SOURCE,
  STATE_NAMES,
} from './identifier-lexicon.ts';
import { before, candidate, eachMatch, eachMatchWhere, STRETCH_BREAK_NO_COMMA } from './identifier-scan.ts';

/*
 * Addresses and places smaller than a state (Safe Harbor 2): street addresses, apartment numbers,
 * PO boxes, ZIP codes where something marks them as ZIP codes, counties, and towns where the
 * sentence says someone lives there or came from there. A bare five-digit number is not taken
 * for a ZIP code: "platelets 45000" is far more common in a reflection. States are allowed.
 */

const SUFFIX =
  '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Trail|Trl|Square|Sq|Alley|Row|Crescent|Pike|Loop|Plaza)';
const WORD = "\\p{Lu}[\\p{L}'’]+";
/** Between the words of one place name: spaces on the same line, never a line break. */
const SP = '[ \\t\\u00a0]+';
const UNIT_TAIL =
  '(?:,?\\s+(?:Apt\\.?|Apartment|apartment|Unit|Suite|Ste\\.?|#)\\s*#?\\s*[A-Za-z0-9-]{1,6}\\b)?';

const STREET_RE = new RegExp(
  `(?<![\\w.,/-])\\d{1,6}[A-Z]?\\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?\\s+)?(?:${WORD}|\\d{1,3}(?:st|nd|rd|th))(?:${SP}${WORD}){0,3}${SP}${SUFFIX}\\b\\.?${UNIT_TAIL}`,
  'gu',
);
const NAMED_STREET_RE = new RegExp(
  `\\b(?:on|off|down|at|near|along)\\s+(${WORD}(?:${SP}${WORD})?${SP}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Parkway|Highway))\\b`,
  'dgu',
);
const APARTMENT_RE =
  /(?<![\w])(?:Apt\.?|apt\.?|Apartment|apartment)\s*#?\s*(?:\d+[A-Za-z]?|[A-Za-z]\d*)(?![\w])/g;
const PO_BOX_RE = /\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box)\s+\d+\b/gi;

const STATE = `(?:${STATE_NAMES.join('|')}|${PLAIN_STATE_CODES})`;
const ZIP = '\\d{5}(?:-\\d{4})?(?![\\w-])';
const TOWN = `(${WORD}(?:${SP}${WORD}){0,2})(?![\\p{L}-])`;

const TOWN_STATE_RE = new RegExp(
  `(?<![\\p{L}])${TOWN},\\s+(?:${STATE}\\b|(?:${AMBIGUOUS_STATE_CODES})\\.?,?\\s+${ZIP})`,
  'dgu',
);
const STATE_ZIP_RE = new RegExp(`\\b(?:${STATE}|${AMBIGUOUS_STATE_CODES})\\.?,?\\s+(${ZIP})`, 'dg');
const ZIP_LABEL_RE = new RegExp(
  `\\b(?:ZIP|Zip|zip)(?:\\s*code)?(?:\\s+(?:is|was|of))?\\s*[:#]?\\s*(${ZIP})`,
  'dg',
);
const ZIP_PLUS_FOUR_RE = /(?<![\w-])\d{5}-\d{4}(?![\w-])/g;

const TOWN_CUE =
  '(?:(?:lives?|lived|living|resides?|resided|residing)\\s+(?:in|near|outside(?:\\s+of)?|just\\s+outside(?:\\s+of)?)' +
  '|(?:came|come|comes|drove|driven|drives|flew|flown|transferred|brought|helicoptered|traveled|travelled|moved|relocated|commuted|referred)' +
  '(?:\\s+(?:him|her|them|in|down|up|over|here|all\\s+the\\s+way))*\\s+from' +
  '|(?:retired\\s+\\p{Ll}+|veteran|family|man|woman|lady|guy)\\s+from' +
  '|from\\s+the\\s+(?:town|city|village)\\s+of|moved\\s+(?:here\\s+)?to|grew\\s+up\\s+in|raised\\s+in|born\\s+in' +
  '|hometown(?:\\s+(?:of|is|was))?|native\\s+of|resident\\s+of|home\\s+in' +
  `|${SUFFIX}\\.?,?\\s+in)`;
const TOWN_CUE_RE = new RegExp(`\\b${TOWN_CUE}\\s+${TOWN}`, 'dgu');
const COUNTY_RE = new RegExp(
  `(?<![\\p{L}])(${WORD}(?:${SP}${WORD})?${SP}(?:County|Parish|Borough))\\b`,
  'dgu',
);

/** Words every match of NAMED_STREET_RE and COUNTY_RE holds (both patterns are case-sensitive). */
const NAMED_STREET_NEED = /Street|Avenue|Road|Boulevard|Lane|Drive|Parkway|Highway/;
const COUNTY_NEED = /County|Parish|Borough/;
/** A comma before a state's name or code, all of which start with a capital A–Z. */
const TOWN_STATE_NEED = /,\s+[A-Z]/;

const STAFF_BEFORE = new RegExp(`\\b${STAFF_TITLE_SOURCE}`);

/** Drops leading sentence words ("After Dayton") and rejects states, countries and facilities. */
function townSpan(raw: string, start: number): { start: number; end: number } | null {
  const words = [...raw.matchAll(/\S+/g)];
  while (words.length > 0 && NOT_A_NAME.has(words[0]?.[0] ?? '')) words.shift();
  const first = words[0];
  if (first === undefined) return null;
  const town = raw.slice(first.index ?? 0);
  if (ALLOWED_PLACE_SET.has(town)) return null;
  // "NT, ND" (non-tender, non-distended) and "OR 9" are shorthand, not a town.
  if (/^\p{Lu}{1,4}$/u.test(town)) return null;
  if (words.some((w) => FACILITY_WORDS.has(w[0]) || NOT_A_PLACE.has(w[0]) || NOT_A_NAME.has(w[0])))
    return null;
  return { start: start + (first.index ?? 0), end: start + raw.length };
}

export function findPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  const whole = (re: RegExp, strength: number, detail?: string) =>
    eachMatch(re, text, (m) => {
      out.push(candidate('address', m.index, m.index + m[0].length, strength, detail));
    });
  const group = (
    re: RegExp,
    strength: number,
    detail: string | undefined,
    isTown: boolean,
    need?: RegExp,
    breaks?: RegExp,
  ) => {
    const onMatch = (m: RegExpExecArray) => {
      const at = m.indices?.[1];
      const raw = m[1];
      if (at === undefined || raw === undefined) return;
      const span = isTown ? townSpan(raw, at[0]) : { start: at[0], end: at[1] };
      if (span === null || before(text, span.start, STAFF_BEFORE, 16)) return;
      out.push(candidate('address', span.start, span.end, strength, detail));
    };
    if (need === undefined) eachMatch(re, text, onMatch);
    else eachMatchWhere(re, text, need, onMatch, breaks);
  };

  whole(STREET_RE, 4);
  whole(APARTMENT_RE, 3);
  whole(PO_BOX_RE, 4);
  whole(ZIP_PLUS_FOUR_RE, 2, 'It has the shape of a ZIP+4 code.');
  group(NAMED_STREET_RE, 3, undefined, false, NAMED_STREET_NEED);
  group(
    STATE_ZIP_RE,
    3,
    'It follows a state, where a ZIP code goes.',
    false,
    /\d{5}/,
    STRETCH_BREAK_NO_COMMA,
  );
  group(ZIP_LABEL_RE, 3, 'It follows the word “ZIP”.', false);
  group(
    TOWN_STATE_RE,
    2,
    'It is written before a state, like a town.',
    true,
    TOWN_STATE_NEED,
    STRETCH_BREAK_NO_COMMA,
  );
  group(TOWN_CUE_RE, 2, 'The sentence says someone lives there or came from there.', true);
  group(COUNTY_RE, 3, undefined, true, COUNTY_NEED);
  return out;
}
