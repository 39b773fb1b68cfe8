import type { Candidate } from './identifier-finding.ts';
import { UNIT_AFTER } from './identifier-lexicon.ts';
import { after, before, candidate, eachMatch } from './identifier-scan.ts';

/*
 * Ages over 89 (Safe Harbor 3): so few people are that old that the age itself narrows down who
 * the patient is; Safe Harbor lets them be written as "90 or older". Ages up to 89 are allowed.
 * Only numbers that are explicitly ages count, so "92 minutes" or "SpO2 in the 90s" do not.
 */

const isOld = (n: number) => n >= 90 && n <= 130;

const YEARS_OLD_RE = /(?<![\w.])(\d{2,3})(?:[\s-]*(?:years?|yrs?)[\s-]*old\b|\s?(?:yo\b|y\.o\.?|y\/o\b))/gi;
const AGE_WORD_RE = /\b(?:aged?(?:\s+of)?|age:|turned|turning|turns)\s+(\d{2,3})\b/gi;
const DECADE_RE =
  /\bin\s+(?:his|her|their)\s+(?:(?:late|early|mid)[\s-]?)?(?:90['’]?s|nineties|100['’]?s|hundreds)\b/gi;
const WORDS_RE = /\b(?:nonagenarian|centenarian|supercentenarian)s?\b/gi;
const SPELLED_RE =
  /\b(?:ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one\s+|a\s+)?hundred(?:[\s-](?:and[\s-])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)[\s-]years?[\s-]old\b/gi;
/** "She was 99" — but "she was 92 on room air" and "he was 90 over 50" are vital signs. */
const WAS_AGE_RE = /\b(?:he|she|they|patient|pt|who)\s+(?:was|is|being)\s+(9\d|1[0-2]\d)\b/gi;
const VITAL_AFTER = /^\s*(?:on\b|over\b|sat|percent|\/|%|-|to\b)/i;
const BIRTHDAY_RE = /\b(9\d|1[0-2]\d)(?:st|nd|rd|th)\s+birthday\b/gi;

/** "92F", "95M", "94 yo", "a 93 with a dissection", "my 95 in bed 8", "ninety-one". */
const SEX_AGE_RE = /(?<![\w./-])(9\d|1[01]\d)\s?(?:F|M|yo|y\.o\.|-yo|y\/o)(?![\w])/g;
const ARTICLE_AGE_RE = /\b(?:a|an|my|our|the)\s+(9\d|1[01]\d)(?=\s+(?:with|in|from|who|for|s\/p)\b)/gi;
const SPELLED_ALONE_RE =
  /\b(?:ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one\s+hundred)(?:(?:[\s-]years?)?[\s-](?:old|year[\s-]old)|\s+years\s+of\s+age)?\b/gi;
const AGE_CONTEXT_BEFORE = /\b(?:was|is|at|turned|aged?|a|an)\s+$/i;
const YEARS_OF_AGE_RE = /\b(9\d|1[01]\d)\s+years\s+of\s+age\b/gi;
const IS_AGE_RE = /\b(?:pt|patient|she|he)\s+(?:is|was)\s+(9\d|1[01]\d)(?=\s*[,.;]|\s+and\b)/gi;

function findLooseAges(text: string, out: Candidate[]): void {
  eachMatch(SEX_AGE_RE, text, (m) => {
    out.push(candidate('age_over_89', m.index, m.index + m[0].length, 3));
  });
  eachMatch(ARTICLE_AGE_RE, text, (m) => {
    const start = m.index + m[0].length - (m[1]?.length ?? 0);
    out.push(candidate('age_over_89', start, m.index + m[0].length, 2));
  });
  eachMatch(YEARS_OF_AGE_RE, text, (m) => {
    out.push(candidate('age_over_89', m.index, m.index + m[0].length, 3));
  });
  eachMatch(IS_AGE_RE, text, (m) => {
    const start = m.index + m[0].length - (m[1]?.length ?? 0);
    out.push(candidate('age_over_89', start, m.index + m[0].length, 2));
  });
  eachMatch(SPELLED_ALONE_RE, text, (m) => {
    const end = m.index + m[0].length;
    const aged =
      /old|age/i.test(m[0]) ||
      before(text, m.index, AGE_CONTEXT_BEFORE, 12) ||
      /^-year|^-yo/i.test(text.slice(end, end + 5));
    if (!aged || after(text, end, UNIT_AFTER, 12)) return;
    out.push(candidate('age_over_89', m.index, end, 3));
  });
}

export function findAgesOver89(text: string): Candidate[] {
  const out: Candidate[] = [];
  findLooseAges(text, out);
  eachMatch(YEARS_OLD_RE, text, (m) => {
    if (isOld(Number(m[1]))) out.push(candidate('age_over_89', m.index, m.index + m[0].length, 3));
  });
  eachMatch(AGE_WORD_RE, text, (m) => {
    const end = m.index + m[0].length;
    if (isOld(Number(m[1])) && !after(text, end, UNIT_AFTER, 12)) {
      out.push(candidate('age_over_89', m.index, end, 3));
    }
  });
  eachMatch(WAS_AGE_RE, text, (m) => {
    const end = m.index + m[0].length;
    if (!isOld(Number(m[1])) || after(text, end, UNIT_AFTER, 12) || after(text, end, VITAL_AFTER, 12)) return;
    const start = end - (m[1]?.length ?? 0);
    out.push(candidate('age_over_89', start, end, 3));
  });
  for (const re of [DECADE_RE, WORDS_RE, SPELLED_RE, BIRTHDAY_RE]) {
    eachMatch(re, text, (m) => {
      out.push(candidate('age_over_89', m.index, m.index + m[0].length, 3));
    });
  }
  return out;
}

const APPOSED_AGE_RE = /^,\s*(9\d|1[0-2]\d)(?=\s*[,;.)]|\s+(?:and|was|is|who|had|with)\b)/;

/** "Mrs. Kowalski, 91," — the age written after a name, as in a case presentation. */
export function ageAfterName(text: string, nameEnd: number): Candidate | null {
  const m = APPOSED_AGE_RE.exec(text.slice(nameEnd, nameEnd + 16));
  if (m === null || m[1] === undefined) return null;
  const start = nameEnd + m[0].length - m[1].length;
  return candidate(
    'age_over_89',
    start,
    start + m[1].length,
    3,
    'It is written after a name, the way an age is.',
  );
}
