import type { Candidate } from './identifier-finding.ts';
import { MONTH_SOURCE, UNIT_AFTER } from './identifier-lexicon.ts';
import { after, before, candidate, eachMatch } from './identifier-scan.ts';

/*
 * Dates finer than a year (Safe Harbor 3). Deliberate limits, because reflections are full of
 * numbers that look like dates:
 * - A bare "8/10" is a pain score and "5/5" a strength grade; a slash pair without a year counts
 *   only after a date cue ("on 3/14", "admitted 3/14") and never near score words.
 * - A month alone ("since January") is not flagged: it is everywhere in prose about the writer's
 *   own career, and "May" is also a verb. A month with a year ("March 2024") is.
 * - Relative dates ("yesterday", "POD 2") and times ("07:30") are allowed.
 */

const validDay = (d: number) => d >= 1 && d <= 31;
const validMonth = (m: number) => m >= 1 && m <= 12;

const NUMERIC_RE = /(?<![\w/.-])(\d{1,4})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)/g;

function findNumericDates(text: string, out: Candidate[]): void {
  eachMatch(NUMERIC_RE, text, (m) => {
    const [, a = '', sep, b = '', y = ''] = m;
    const first = Number(a);
    const second = Number(b);
    let ok: boolean;
    if (a.length === 4) {
      ok = y.length === 2 && validMonth(second) && validDay(Number(y));
    } else if (a.length <= 2) {
      ok = (validMonth(first) && validDay(second)) || (validDay(first) && validMonth(second));
      // "3.2.1" is a version and "1-2-3" a count; dotted and dashed dates carry a full year.
      if (sep !== '/' && y.length !== 4) ok = false;
    } else {
      ok = false;
    }
    if (ok) out.push(candidate('date', m.index, m.index + m[0].length, 3));
  });
}

const ISO_RE = /(?<![\w/.-])(\d{4})([-/])(\d{2})\2(\d{2})(?![\w/-]|\.\d)/g;

function findIsoDates(text: string, out: Candidate[]): void {
  eachMatch(ISO_RE, text, (m) => {
    if (validMonth(Number(m[3])) && validDay(Number(m[4]))) {
      out.push(candidate('date', m.index, m.index + m[0].length, 3));
    }
  });
}

const SLASH_PAIR_RE = /(?<![\w/.-])(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d)/g;
const DATE_CUE =
  /\b(?:on|since|until|till|by|before|after|dated|admitted|discharged|readmitted|DOB|born|died|expired|coded|through|thru|starting|effective|operated|seen|week\s+of|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?)\s*$/i;
const SCORE_CUE =
  /\b(?:pain|strength|score|scale|TOF|train|GCS|APGAR|out\s+of|rated?|ratio|motor|power|reflex|twitch|NRS|VAS|RASS|CAM|grade)\b/i;
const STRONG_DATE_CUE =
  /\b(?:dated|admitted|discharged|readmitted|DOB|born|died|expired|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?)\s*$/i;
const FRACTIONS = new Set(['1/2', '1/3', '2/3', '1/4', '3/4', '1/8', '3/8', '5/8', '7/8']);

function findSlashPairs(text: string, out: Candidate[]): void {
  eachMatch(SLASH_PAIR_RE, text, (m) => {
    if (!validMonth(Number(m[1])) || !validDay(Number(m[2]))) return;
    const end = m.index + m[0].length;
    if (!before(text, m.index, DATE_CUE, 30) || before(text, m.index, SCORE_CUE, 40)) return;
    // "on 1/2 NS" is half-normal saline; "Monday 3/4" is still a date.
    if (FRACTIONS.has(m[0]) && !before(text, m.index, STRONG_DATE_CUE, 30)) return;
    if (after(text, end, UNIT_AFTER, 12)) return;
    out.push(candidate('date', m.index, end, 3));
  });
}

const YEAR = "(?:,?\\s+(?:\\d{4}|'\\d{2})(?![\\w/]))?";
const MONTH_DAY_RE = new RegExp(
  `(?<![\\w])${MONTH_SOURCE}\\.?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?![\\w:/]|\\.\\d)${YEAR}`,
  'g',
);
const DAY_MONTH_RE = new RegExp(
  `(?<![\\w./-])(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SOURCE}(?![\\w])\\.?${YEAR}`,
  'g',
);
const MONTH_YEAR_RE = new RegExp(
  `(?<![\\w])${MONTH_SOURCE}\\.?,?\\s+(?:of\\s+)?(?:19|20)\\d{2}(?![\\w/])`,
  'g',
);

function findNamedMonthDates(text: string, out: Candidate[]): void {
  for (const re of [MONTH_DAY_RE, DAY_MONTH_RE]) {
    eachMatch(re, text, (m) => {
      const end = m.index + m[0].length;
      if (!validDay(Number(m[1])) || after(text, end, UNIT_AFTER, 12)) return;
      out.push(candidate('date', m.index, end, 3));
    });
  }
  eachMatch(MONTH_YEAR_RE, text, (m) => {
    out.push(
      candidate(
        'date',
        m.index,
        m.index + m[0].length,
        2,
        'A month with its year is more exact than a year.',
      ),
    );
  });
}

const ORDINAL_RE =
  /\b(?:on|since|until|till|by|from|before|after|through|around|about|of)\s+(the\s+(\d{1,2})(?:st|nd|rd|th))\b/dgi;
/** Words that may follow "on the 14th" when it is a day of the month, not "the 3rd attempt". */
const AFTER_DAY_OF_MONTH = new Set(
  'at when and but so we he she they in after before because around during the his her my our was while until then which that for or with as i'.split(
    ' ',
  ),
);

const OF_MONTH = new RegExp(`^\\s*of\\s+(?:the\\s+|this\\s+|last\\s+|that\\s+)?(?:month|${MONTH_SOURCE})`);

function findOrdinalDays(text: string, out: Candidate[]): void {
  eachMatch(ORDINAL_RE, text, (m) => {
    if (!validDay(Number(m[2]))) return;
    const start = m.indices?.[1]?.[0] ?? m.index;
    const end = m.index + m[0].length;
    const word = /^\s*([A-Za-z]+)/.exec(text.slice(end, end + 30))?.[1];
    if (word === 'of' && !after(text, end, OF_MONTH, 30)) return;
    if (word !== undefined && word !== 'of' && !AFTER_DAY_OF_MONTH.has(word.toLowerCase())) return;
    out.push(candidate('date', start, end, 3));
  });
}

export function findDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  findNumericDates(text, out);
  findIsoDates(text, out);
  findSlashPairs(text, out);
  findNamedMonthDates(text, out);
  findOrdinalDays(text, out);
  return out;
}
