import type { Candidate } from './identifier-finding.ts';
import { UNIT_AFTER } from './identifier-lexicon.ts';
import { after, candidate, eachMatch, skipConnectors, skipSpaces } from './identifier-scan.ts';

/*
 * Record, account, plan, licence, certificate, vehicle and device numbers (Safe Harbor 8–13, 18).
 * A number that follows one of these labels is reported whatever its shape; without a label only
 * long codes are, and weakly, so a date or phone reading of the same digits wins.
 */
const LABEL_RE = new RegExp(
  [
    'medical\\s+record(?:\\s+(?:number|no\\.?|#))?',
    '(?:record|chart|encounter|visit|claim|case|patient|pt\\.?|hospital|identification|ID)\\s+(?:number|no\\.?|#|ID)',
    'MRN',
    'MR\\s?#',
    'MR\\s?no\\.?',
    'FIN',
    'CSN',
    'account\\s+(?:number|no\\.?|#|ID)',
    'acct\\.?(?:\\s?#)?',
    '(?:insurance|member|subscriber|policy|group|plan|beneficiary|Medicare|Medicaid|health[- ]plan)\\s+(?:ID|number|no\\.?|#|card)',
    'MBI',
    "(?:driver['’]?s\\s+)?licen[cs]e(?:\\s+plate)?(?:\\s+(?:number|no\\.?|#))?",
    'plate\\s+(?:number|no\\.?|#)',
    'tag\\s+number',
    'VIN',
    '(?:certificate|cert\\.?)\\s+(?:number|no\\.?|#)',
    'serial(?:\\s+(?:number|no\\.?|#))?',
    'S\\/N',
    '(?:device|implant|pacemaker|ICD|generator)\\s+(?:ID|number|serial)',
    'UDI',
    'unit\\s+(?:number|no\\.?|#)',
    'wristband',
    'armband',
    'ID\\s+band',
    'ID',
    'NPI',
    'DEA(?:\\s+(?:number|#))?',
  ]
    .map((s) => `(?:${s})`)
    .join('|'),
  'gi',
);

/** One code token, then further tokens only if they carry digits ("ABC 1234", "W0412 25 123456"). */
const VALUE_RE = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?: [A-Z0-9]*\d[A-Z0-9-]*){0,2}/y;

function labelledValue(text: string, from: number): { start: number; end: number } | null {
  const at = skipSpaces(text, skipConnectors(text, from));
  VALUE_RE.lastIndex = at;
  const v = VALUE_RE.exec(text);
  if (v === null) return null;
  let value = v[0];
  // A trailing plain word ("MRN 4455 and") is not part of the value.
  const words = value.split(' ');
  while (words.length > 1 && !/\d/.test(words[words.length - 1] ?? '')) words.pop();
  value = words.join(' ');
  const alnum = value.replace(/[^A-Za-z0-9]/g, '');
  if (!/\d/.test(value) || alnum.length < 4) return null;
  if (/[A-Za-z0-9]/.test(text[at + value.length] ?? '')) return null;
  if (after(text, at + value.length, UNIT_AFTER, 12)) return null;
  return { start: at, end: at + value.length };
}

export function findLabelledRecords(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(LABEL_RE, text, (m) => {
    // "ID" and "VIN" must be written as such; lower-case "id" is a word fragment or a typo.
    if (/^(?:id|vin|fin|csn|mbi|udi|npi)$/.test(m[0])) return;
    if (/[A-Za-z0-9]/.test(text[m.index - 1] ?? '')) return;
    const labelEnd = m.index + m[0].length;
    if (/[A-Za-z0-9]/.test(text[labelEnd] ?? '') && /[A-Za-z0-9]$/.test(m[0])) return;
    const value = labelledValue(text, labelEnd);
    if (value !== null) {
      out.push(candidate('record_number', value.start, value.end, 4, `It follows the label “${m[0]}”.`));
    }
  });
  return out;
}

/**
 * A token of fewer than six characters is never a long code (see isLongCode), so the bounded
 * lookahead skips it; any token the plain pattern would find and keep is still found. (An
 * unbounded "has a digit" lookahead would rescan "a-a-a-…" from every hyphen: quadratic.)
 */
const TOKEN_RE = /(?<![A-Za-z0-9])(?=[A-Za-z0-9-]{6})[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;
const DIGIT = /\d/;
const UNIT_SUFFIX =
  /^\d+(?:mg|mcg|ug|g|kg|ml|l|cc|u|iu|units?|meq|mmol|mmhg|min|mins|h|hr|hrs|s|sec|fr|ga|mm|cm|m|k|kcal|ppm|bpm|x|am|pm|hz|khz|uv|mv|ms|ohms?|kohms?|j|w|lbs?|st|nd|rd|th|s)$/i;

function isLongCode(token: string): boolean {
  const digits = token.replace(/\D/g, '').length;
  const letters = token.replace(/[^A-Za-z]/g, '').length;
  if (letters === 0) {
    const parts = token.split('-');
    if (parts.some((p) => p.length >= 7)) return true;
    if (parts.length < 2 || digits < 8) return false;
    // "1000-1500" and "2019-2023" are ranges: two short parts, rising.
    const [a, b] = parts;
    return !(parts.length === 2 && (a?.length ?? 0) <= 4 && (b?.length ?? 0) <= 4 && Number(a) < Number(b));
  }
  if (token.length < 6 || digits < 4) return false;
  return !UNIT_SUFFIX.test(token);
}

/** Long digit runs and letter-digit codes with no label: a VIN, a blood unit number, a pasted MRN. */
export function findUnlabelledCodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(TOKEN_RE, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (!DIGIT.test(m[0]) || !isLongCode(m[0])) return;
    // Part of a decimal, thousands-separated number, IP address or version string.
    if (/\d[.,]$/.test(text.slice(Math.max(0, start - 2), start))) return;
    if (/^[.,]\d/.test(text.slice(end, end + 2))) return;
    out.push(
      candidate(
        'record_number',
        start,
        end,
        1,
        'A long number or code like this is usually a record, account or serial number.',
      ),
    );
  });
  return out;
}
