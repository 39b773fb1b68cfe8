import type { Candidate } from './identifier-finding.ts';
import { ALLOWED_PLACE_SET, NOT_A_NAME, NOT_A_PLACE } from './identifier-lexicon.ts';
import { COMMON_WORDS } from './identifier-lexicon-common.ts';
import { NAME_WORDS } from './identifier-lexicon-names.ts';
import {
  CAPS_NOT_NAMES,
  CLINICAL_PROPER_WORDS,
  FAMILY_CUES,
  NOT_INITIALS,
  PERSON_AFTER,
  STAFF_ROLES,
} from './identifier-name-context.ts';
import { candidate, eachMatch } from './identifier-scan.ts';
import { lazySet, type Word, wordsOf } from './identifier-words.ts';

/*
 * Names without a courtesy title or a "patient" cue: "Marisol kept asking for water", "pt tran",
 * "WONG, K", "patient J.K.". A word is taken for a name when it is in the name lexicon (given
 * names and surnames of many cultures, less common English words) and written like a name, or
 * when an unusual capitalised word is followed by what people do ("Kekoa was…"). Context decides,
 * not capitalisation alone: a lower-case lexicon word needs a cue ("mr", "pt", a possessive), and
 * a word next to a colleague's role ("Dr.", "my preceptor", ", our charge nurse") is a colleague
 * wherever it appears in the text.
 */

const names = lazySet(() => NAME_WORDS);
const common = lazySet(() => COMMON_WORDS);

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const LOWER = /^\p{Ll}+$/u;
const DRUG_OR_TERM =
  /(?:ine|ol|ium|ase|osis|itis|emia|ectomy|otomy|ostomy|plasty|gram|scopy|ology|pril|olol|statin|azole|mycin|cillin|pam|lam|sone|phed|vir|mab|nib|tide|ex|ix|scope|flow|care)$/;
const OWN_NAME_BEFORE = /\b(?:my\s+name\s+is|I\s+am|I['’]m)\s+$/i;
/** Where a sentence starts: a capitalised word there proves nothing. */
const SENTENCE_START = /(?:^|[.!?:;(\n"“]\s*|\s[-–—]\s*)$/;
const LOWER_CUES = new Set(['mr', 'mrs', 'ms', 'pt', 'patient', 'pts', 'see', 'saw', 'with', 'is', 'on']);
const PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'van',
  'von',
  'der',
  'di',
  'du',
  'le',
  'la',
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'ben',
  'ter',
  'ten',
]);
/** After a name, these mean a colleague: "Grace, our charge nurse", "Tomas, the senior perfusionist". */
const COLLEAGUE_AFTER =
  /^,?\s+(?:our|my|the|a|an|one\s+of\s+(?:our|the))\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,2})/u;

/** The first words of the two-word allowed places: a pair can only be one if its first word is. */
const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...ALLOWED_PLACE_SET].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))),
);
const TITLE_KEYS = new Set(['mr', 'mrs', 'ms', 'miss']);
const NAME_SHAPE = /^\p{Lu}\p{Ll}{2,}/u;

/** Is there a line break in text[from, to)? */
function hasBreak(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from);
  return at !== -1 && at < to;
}

const isStaffWord = (w: Word | undefined) => w !== undefined && STAFF_ROLES.has(w.key);

function isExcluded(w: Word): boolean {
  if (
    w.text.includes('-') &&
    w.text.split('-').some((part) => CLINICAL_PROPER_WORDS.has(part.toLowerCase()) || NOT_A_NAME.has(part))
  )
    return true;
  // "Sundays", "Surgeons", "Packers": a plural of an everyday word or a day.
  if (w.key.endsWith('s') && (common().has(w.key.slice(0, -1)) || NOT_A_NAME.has(w.text.slice(0, -1))))
    return true;
  return (
    CLINICAL_PROPER_WORDS.has(w.key) ||
    NOT_A_NAME.has(w.text) ||
    NOT_A_PLACE.has(w.text) ||
    ALLOWED_PLACE_SET.has(w.text)
  );
}

/** Is the word a colleague: named next to a staff role? */
function isColleague(text: string, words: Word[], i: number): boolean {
  const w = words[i] as Word;
  // "Dr. Chen", "my preceptor Keoni", "Charge nurse Lupe", "the CRNA, Kofi,"
  const prev = words[i - 1];
  if (prev !== undefined && w.start - prev.end <= 3 && isStaffWord(prev)) return true;
  if (text[w.end] !== ',') return false;
  const after = COLLEAGUE_AFTER.exec(text.slice(w.end, w.end + 60));
  return (after?.[1] ?? '')
    .toLowerCase()
    .split(/\s+/)
    .some((role) => STAFF_ROLES.has(role));
}

/** "American College of Surgeons", "Stop the Bleed": a capitalised everyday word next to it. */
function inTitleCasePhrase(text: string, words: Word[], i: number, caps: Uint8Array): boolean {
  const w = words[i] as Word;
  for (let n = 0; n < 3; n++) {
    const j = n === 0 ? i - 1 : n === 1 ? i - 2 : i + 1;
    const other = words[j];
    if (other === undefined || Math.abs(other.start - w.start) > 20) continue;
    if (hasBreak(text, Math.min(other.end, w.end), Math.max(other.start, w.start))) continue;
    if (caps[j] === 1 && (common().has(other.key) || isExcludedWord(other))) return true;
  }
  return false;
}

function isExcludedWord(w: Word): boolean {
  return CLINICAL_PROPER_WORDS.has(w.key) || NOT_A_NAME.has(w.text);
}

function sameLineGap(text: string, a: Word, b: Word): boolean {
  if (a.possessive || b.start <= a.end) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text[k];
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  }
  return true;
}

function looksLikeNameWord(w: Word): boolean {
  if (!CAPITALISED.test(w.text) || isExcluded(w)) return false;
  return names().has(w.key) || (!common().has(w.key) && !DRUG_OR_TERM.test(w.key) && w.key.length >= 3);
}

export function findNameWords(text: string): Candidate[] {
  const words = wordsOf(text);
  const out: Candidate[] = [];
  const colleagues = new Set<string>();
  const caps = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) if (CAPITALISED.test((words[i] as Word).text)) caps[i] = 1;
  words.forEach((w, i) => {
    if (caps[i] === 0) return;
    // "My name is Kelly", "I'm Kelly": the writer, not a patient.
    const prevKey = words[i - 1]?.key;
    const ownName =
      (prevKey === 'is' || prevKey === 'am' || prevKey === "i'm") &&
      OWN_NAME_BEFORE.test(text.slice(Math.max(0, w.start - 14), w.start));
    if (ownName || isColleague(text, words, i)) colleagues.add(w.key);
  });

  const taken = new Uint8Array(words.length);
  const push = (from: number, to: number, detail: string) => {
    // Widen to the neighbouring words of the same name: "Kenji Sato", "Mohammed al-Rashid".
    let a = from;
    let b = to;
    while (a > 0) {
      const prev = words[a - 1] as Word;
      if (!sameLineGap(text, prev, words[a] as Word)) break;
      if (looksLikeNameWord(prev) && !colleagues.has(prev.key)) a--;
      else break;
    }
    while (b + 1 < words.length) {
      const next = words[b + 1] as Word;
      if (!sameLineGap(text, words[b] as Word, next)) break;
      const afterNext = words[b + 2];
      if (looksLikeNameWord(next) && !colleagues.has(next.key)) b++;
      else if (
        PARTICLES.has(next.key) &&
        afterNext &&
        sameLineGap(text, next, afterNext) &&
        looksLikeNameWord(afterNext)
      )
        b += 2;
      else break;
    }
    for (let k = a; k <= b; k++) taken[k] = 1;
    out.push(candidate('name', (words[a] as Word).start, (words[b] as Word).end, 1, detail));
  };

  words.forEach((w, i) => {
    if (taken[i]) return;
    if (caps[i] === 0) {
      // A word not capitalised is only taken after a courtesy title or as a lexicon name of four
      // letters or more (below); any other one is passed over whatever the tests in between say.
      const before = words[i - 1];
      const afterTitle = before !== undefined && TITLE_KEYS.has(before.key) && w.start - before.end <= 3;
      if (!afterTitle && !(w.key.length >= 4 && names().has(w.key))) return;
    }
    if (colleagues.has(w.key) || isExcluded(w)) return;
    const prev = words[i - 1];
    // "El Salvador", "New Mexico": a country or state, whatever its words are.
    if (
      prev !== undefined &&
      PLACE_FIRST_WORDS.has(prev.text) &&
      ALLOWED_PLACE_SET.has(`${prev.text} ${w.text}`)
    )
      return;
    const next2 = words[i + 1];
    if (
      next2 !== undefined &&
      PLACE_FIRST_WORDS.has(w.text) &&
      ALLOWED_PLACE_SET.has(`${w.text} ${next2.text}`)
    )
      return;
    const next = words[i + 1];
    const inLexicon = names().has(w.key);
    if (caps[i] === 1) {
      if (inLexicon) {
        push(i, i, 'It is a common given name or surname.');
        return;
      }
      const personAfter =
        w.possessive || (next !== undefined && PERSON_AFTER.has(next.key) && next.start - w.end <= 2);
      const familyBefore = prev !== undefined && FAMILY_CUES.has(prev.key) && w.start - prev.end <= 2;
      // The cheap word tests first; the sentence position only when nothing else decides.
      const midSentence = () =>
        !SENTENCE_START.test(text.slice(Math.max(0, w.start - 3), w.start)) &&
        !inTitleCasePhrase(text, words, i, caps);
      if (
        NAME_SHAPE.test(w.text) &&
        !common().has(w.key) &&
        !DRUG_OR_TERM.test(w.key) &&
        (personAfter || familyBefore || midSentence())
      ) {
        push(i, i, 'It is written the way a person is, and is not an everyday word.');
      }
      return;
    }
    const afterTitle = prev !== undefined && TITLE_KEYS.has(prev.key) && w.start - prev.end <= 3;
    if (LOWER.test(w.text) && afterTitle && !common().has(w.key)) {
      push(i, i, 'It follows a courtesy title such as “mr”.');
      return;
    }
    if (LOWER.test(w.text) && inLexicon && w.key.length >= 4) {
      const cue =
        w.key.length >= 5 ||
        (prev !== undefined && LOWER_CUES.has(prev.key) && w.start - prev.end <= 3) ||
        w.possessive ||
        (next !== undefined && PERSON_AFTER.has(next.key) && next.key !== 'and');
      if (cue) push(i, i, 'It is a name written in lower case.');
    }
  });

  // Board style: "WONG, K", "PATEL, R", "Sato, Kenji", "Reyes, Luz".
  eachMatch(BOARD_RE, text, (m) => {
    const surname = m[1] ?? '';
    if (CAPS_NOT_NAMES.has(surname) || surname.length > 40) return;
    out.push(
      candidate(
        'name',
        m.index,
        m.index + m[0].length,
        2,
        'It is written like a name on a board: surname, initial.',
      ),
    );
  });
  eachMatch(SURNAME_FIRST_RE, text, (m) => {
    const [, last = '', first = ''] = m;
    const lastKey = last.toLowerCase();
    const firstKey = first.toLowerCase();
    if (
      !names().has(lastKey) &&
      !names().has(firstKey) &&
      !BOARD_CUE.test(text.slice(Math.max(0, m.index - 20), m.index))
    )
      return;
    if (
      CLINICAL_PROPER_WORDS.has(lastKey) ||
      colleagues.has(lastKey) ||
      NOT_A_NAME.has(last) ||
      NOT_A_NAME.has(first)
    )
      return;
    out.push(
      candidate(
        'name',
        m.index,
        m.index + m[0].length,
        2,
        'It is written like a name on a board: surname, given name.',
      ),
    );
  });
  // Nicknames: "Tiny, as he asked us to call him", "Scooter, as everyone called him".
  eachMatch(NICKNAME_CUE_RE, text, (m) => {
    const name = NICKNAME_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 64), m.index));
    if (name === null) return;
    const start = m.index - name[0].length;
    out.push(candidate('name', start, m.index, 2, 'The sentence gives it as what someone is called.'));
  });
  // Initials: "patient J.K."
  eachMatch(INITIALS_RE, text, (m) => {
    if (NOT_INITIALS.has(m[0].replace(/\s/g, ''))) return;
    out.push(candidate('name', m.index, m.index + m[0].length, 2, 'Initials can identify a patient.'));
  });
  return out;
}

const BOARD_RE = /\b([A-Z]{2,20}(?:[-'’][A-Z]{2,20})?),[ \t]?[A-Z](?:\.|(?![A-Za-z]))/g;
const SURNAME_FIRST_RE =
  /\b([A-Z][a-z\u00DF-\u024F]{1,30}),[ \t]([A-Z][a-z\u00DF-\u024F]{1,30})(?![\p{L}])(?=\s+(?:in|on|for|to|bumped|moved|from|with|was|is|s\/p)\b|\s*$)/gmu;
const BOARD_CUE = /\b(?:board|whiteboard|list|listed|had|said|census)\W*$/i;
const NICKNAME_CUE_RE =
  /,\s+as\s+(?:he|she|they|everyone|the\s+family|his\s+\w+|her\s+\w+)\s+(?:asked\s+us\s+to\s+|insisted\s+we\s+|liked\s+to\s+be\s+)?call(?:ed)?\b/g;
const NICKNAME_BEFORE_RE = /(?<![\p{L}])\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30})?$/u;
const INITIALS_RE = /(?<![A-Za-z.])[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?(?![A-Za-z])/g;
