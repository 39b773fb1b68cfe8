import type { Candidate } from './identifier-finding.ts';
import { UNIT_AFTER } from './identifier-lexicon.ts';
import { after, before, candidate, eachMatch, skipConnectors, skipSpaces } from './identifier-scan.ts';

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

/**
 * Emails are found by expanding around each "@" rather than by one regex: the expansions of
 * neighbouring "@"s cannot overlap, so the cost is linear however the text is built.
 */
export function findEmailsAndHandles(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let left = at;
    while (left > 0 && LOCAL_CHAR.test(text[left - 1] ?? '')) left--;
    while (left < at && text[left] === '.') left++;
    let right = at + 1;
    while (right < text.length && DOMAIN_CHAR.test(text[right] ?? '')) right++;
    while (right > at + 1 && /[.-]/.test(text[right - 1] ?? '')) right--;
    const domain = text.slice(at + 1, right);
    if (left < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) {
      out.push(candidate('email', left, right, 5));
      continue;
    }
    // "@jane_doe" names a person on social media as surely as a URL does; "@0730" is a time.
    const handle = /^[A-Za-z][A-Za-z0-9_.]{1,29}/.exec(text.slice(at + 1, at + 31));
    if (left === at && handle !== null && (at === 0 || /[\s(]/.test(text[at - 1] ?? ''))) {
      const end = at + 1 + handle[0].replace(/\.+$/, '').length;
      out.push(candidate('url', at, end, 3, 'It looks like a social-media handle.'));
    }
  }
  return out;
}

const URL_RE = /(?<![\w.@/-])(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const BARE_DOMAIN_RE =
  /(?<![\w.@/-])(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|me|us|info|co|health|app|ly|tv|biz)(?![\w-])(?:\/[^\s<>"'`]*)?/gi;

function trimUrlEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[.,;:!?)\]}'"’”]/.test(text[e - 1] ?? '')) e--;
  return e;
}

export function findUrls(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [URL_RE, BARE_DOMAIN_RE]) {
    eachMatch(re, text, (m) => {
      const end = trimUrlEnd(text, m.index, m.index + m[0].length);
      if (end - m.index > 4) out.push(candidate('url', m.index, end, 5));
    });
  }
  return out;
}

const IPV4_RE = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)/g;
const IPV6_RE = /(?<![\w:])[0-9A-Fa-f:]{6,39}(?![\w:])/g;
const VERSION_BEFORE = /\b(?:version|ver\.?|v|firmware|software|build|release)\s*$/i;

export function findIpAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(IPV4_RE, text, (m) => {
    const parts = m.slice(1, 5).map(Number);
    if (parts.some((p) => p > 255)) return;
    if (before(text, m.index, VERSION_BEFORE, 20)) return;
    out.push(candidate('ip_address', m.index, m.index + m[0].length, 4));
  });
  eachMatch(IPV6_RE, text, (m) => {
    const groups = m[0].split(':');
    const colons = groups.length - 1;
    const compressed = m[0].includes('::');
    if (!(colons === 7 || (compressed && colons >= 2))) return;
    if (groups.some((g) => g.length > 4) || groups.filter((g) => g.length > 0).length < 2) return;
    out.push(candidate('ip_address', m.index, m.index + m[0].length, 4));
  });
  return out;
}

const NANP_RE = /(?<![\w+/.-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-]|\.\d)/g;
const SEVEN_DIGIT_RE = /(?<![\w/.-])(\d{3})-(\d{4})(?![\w-]|\.\d)/g;
const INTERNATIONAL_RE = /(?<![\w+])\+\d{1,3}(?:[ .-]?\d{2,4}){2,5}(?![\w-]|\.\d)/g;
// "number" and "line" after "fax" belong to the fax cue ("fax number is ...").
const PHONE_CUE =
  /\b(?:phone|cell|call(?:ed|ing)?|text(?:ed)?|mobile|(?<!fax\s)number|contact|reach|dial(?:ed)?|(?<!fax\s)line)\b/gi;
const FAX_CUE = /\bfax(?:ed|es|ing)?\b/gi;

function lastIndexOf(re: RegExp, s: string): number {
  let last = -1;
  eachMatch(re, s, (m) => {
    last = m.index;
  });
  return last;
}

/** A number is a fax when "fax" is the nearest cue before it, or is said right after it. */
function phoneOrFax(text: string, start: number, end: number): Candidate {
  const lead = text.slice(Math.max(0, start - 50), start);
  const fax = lastIndexOf(FAX_CUE, lead);
  const phone = lastIndexOf(PHONE_CUE, lead);
  const isFax = (fax >= 0 && fax > phone) || after(text, end, /^\W{0,3}fax\b/i, 10);
  return candidate(isFax ? 'fax' : 'phone', start, end, 4);
}

export function findPhonesAndFaxes(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(NANP_RE, text, (m) => {
    out.push(phoneOrFax(text, m.index, m.index + m[0].length));
  });
  eachMatch(INTERNATIONAL_RE, text, (m) => {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 8 && digits <= 15) out.push(phoneOrFax(text, m.index, m.index + m[0].length));
  });
  // "555-0173" is a local number, but "800-1200 mL" is a range: ranges rise and carry units.
  eachMatch(SEVEN_DIGIT_RE, text, (m) => {
    const end = m.index + m[0].length;
    if (after(text, end, UNIT_AFTER, 12)) return;
    const rising = Number(m[1]) < Number(m[2]);
    const cued = before(text, m.index, /\b(?:phone|cell|call|text|number|fax|at|reach|dial)\w*\W*$/i, 40);
    if (rising && !cued) return;
    out.push(phoneOrFax(text, m.index, end));
  });
  return out;
}

const SSN_RE = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g;
const SSN_LABEL_RE = /\b(?:SSN|SS#|SS\s?no\.?|social\s+security(?:\s+(?:number|no\.?|#))?)/gi;
const SSN_VALUE_RE = /(?:\d{3}[- ]?\d{2}[- ]?\d{4}|\d{4})(?![\w-])/y;

export function findSsns(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(SSN_RE, text, (m) => {
    out.push(candidate('ssn', m.index, m.index + m[0].length, 5));
  });
  // The last four digits are what registration desks use, so they identify as surely.
  eachMatch(SSN_LABEL_RE, text, (m) => {
    let at = skipConnectors(text, m.index + m[0].length);
    at = skipSpaces(text, at);
    SSN_VALUE_RE.lastIndex = at;
    const v = SSN_VALUE_RE.exec(text);
    if (v !== null)
      out.push(candidate('ssn', at, at + v[0].length, 5, 'It follows a Social Security number label.'));
  });
  return out;
}
