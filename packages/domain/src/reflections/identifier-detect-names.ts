import { ageAfterName } from './identifier-detect-ages.ts';
import type { Candidate } from './identifier-finding.ts';
import { NOT_A_NAME, RELATION_SOURCE, STAFF_TITLE_SOURCE } from './identifier-lexicon.ts';
import { before, candidate, eachMatch, eachMatchWhere, STRETCH_BREAK_NO_COMMA } from './identifier-scan.ts';
import { MAX_WORD, wordsOf } from './identifier-words.ts';

/*
 * Names (Safe Harbor 1) of the patient and of relatives or household members.
 *
 * Without a dictionary of every name, a capitalised word is only taken for a name where
 * reflections put one: after a courtesy title ("Mr. Alvarez"), after "patient"/"pt." or a word for
 * a child, after a relation ("his daughter Ana"), after "named"/"her name was", or in a
 * case-presentation pattern ("Walter, a 71-year-old ..."). Any later bare use of a name found that
 * way is flagged too, so "Alvarez's wife" is caught once "Mr. Alvarez" has been.
 *
 * Clinicians are not flagged: "Dr. Chen", "Nurse Kelly" or "my preceptor Jamal" are colleagues,
 * not patients, and Safe Harbor is about the patient's identity. Flagging every colleague would
 * teach writers to click "not an identifier" without reading. A doctor who is the patient
 * ("the patient, Dr. Patel,") is flagged through the patient cue.
 */

/** Between the words of one name: spaces on the same line, never a line break. */
const SP = '[ \\t\\u00a0]+';
const TOKEN = "(?:\\p{Lu}['’]\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?)(?:-\\p{Lu}\\p{Ll}+)?";
const PARTICLE = `(?:de${SP}la|de${SP}los|del|de|da|dos|das|van${SP}der|van|von|der|di|du|le|la|al|el|bin|ibn)`;
/** One to three name words, particles allowed between them; ends before a lower-case letter. */
/** A title starts the next person, not more of this name ("Mr. Lee Mrs. Lee"). */
const NOT_TITLE = '(?!(?:Mr|Mrs|Ms|Mx|Dr|Miss|Prof)(?!\\p{Ll}))';
const NAME = `((?:${PARTICLE}${SP})?${TOKEN}(?:${SP}(?:${PARTICLE}${SP})?${NOT_TITLE}${TOKEN}){0,2})(?![\\p{L}-])`;

const HONORIFIC_RE = new RegExp(
  `(?<![\\p{L}])(?:[Mm]r|[Mm]rs|[Mm]s|Miss|Mx|Mister)\\.?(?:\\s+and\\s+(?:Mr|Mrs|Ms)\\.?)?\\s+${NAME}`,
  'dgu',
);
const PATIENT_RE = new RegExp(
  `(?<![\\p{L}])(?:[Pp]atient|[Pp]t\\.?|[Cc]lient)\\s*,?\\s+((?:(?:Dr|Doctor|Mr|Mrs|Ms|Miss)\\.?\\s+)?)${NAME}`,
  'dgu',
);
const CHILD_RE = new RegExp(
  `(?<![\\p{L}])(?:[Bb]aby(?:\\s+(?:[Bb]oy|[Gg]irl))?|[Ii]nfant|[Nn]eonate|[Tt]oddler|[Bb]oy|[Gg]irl|[Tt]een(?:ager)?)\\s*,?\\s+${NAME}`,
  'dgu',
);
const RELATIVE_RE = new RegExp(
  `(?<![\\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he(?:\\s+patient['’]s)?|[Pp]atient['’]s|[Pp]t['’]s)\\s+${RELATION_SOURCE}\\s*,?\\s+${NAME}`,
  'dgu',
);
const NAMED_RE = new RegExp(
  `(?<![\\p{L}])(?:named|name\\s+(?:is|was)|names\\s+(?:are|were)|goes\\s+by|went\\s+by|known\\s+as|nicknamed|introduced\\s+(?:him|her)self\\s+as|calls?\\s+(?:him|her)self|call(?:ed)?\\s+(?:him|her|them))\\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?)${NAME}`,
  'dgu',
);
const PRESENTED_RE = new RegExp(
  `(?<![\\p{L}'’.-])${NAME},\\s+(?:a|an)\\s+(?:\\d{1,3}[\\s-]?(?:years?|yrs?|months?)[\\s-]old|(?:[\\p{Ll}-]+\\s+){0,2}(?:patient|man|woman|gentleman|lady|boy|girl|veteran))\\b`,
  'dgu',
);
const WAS_PATIENT_RE = new RegExp(
  `(?<![\\p{L}'’.-])${NAME}\\s+(?:was|is)\\s+(?:my|our|the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}patient\\b`,
  'dgu',
);

/** Words every match of these (comma-free) patterns holds, for eachMatchWhere. */
const HONORIFIC_NEED = /[Mm]r|[Mm]s|Miss|Mx|Mister/;
const NAMED_NEED = /name|goes|went|known|introduced|call/;
const WAS_PATIENT_NEED = /patient/;
/** The same for patterns whose matches may hold a comma (run on STRETCH_BREAK_NO_COMMA stretches). */
const PATIENT_NEED = /[Pp]atient|[Pp]t|[Cc]lient/;
const CHILD_NEED = /[Bb]aby|[Ii]nfant|[Nn]eonate|[Tt]oddler|[Bb]oy|[Gg]irl|[Tt]een/;
const PRESENTED_NEED = /,\s+an?\s/;

const STAFF_BEFORE = new RegExp(`\\b${STAFF_TITLE_SOURCE}`);
const OWN_NAME_BEFORE = /\b(?:my|our)\s*$/i;
const PARTICLES = new RegExp(`^${PARTICLE}$`, 'i');

interface NameSpan {
  start: number;
  end: number;
}

/** Trims cue words caught by the pattern ("Patient Safety") and returns null if nothing is left. */
function cleanName(name: string, start: number): NameSpan | null {
  const words = [...name.matchAll(/\S+/g)];
  while (words.length > 0 && NOT_A_NAME.has(words[words.length - 1]?.[0] ?? '')) words.pop();
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || NOT_A_NAME.has(first[0])) return null;
  if (words.every((w) => PARTICLES.test(w[0]))) return null;
  return { start: start + (first.index ?? 0), end: start + (last.index ?? 0) + last[0].length };
}

/** Name words worth looking for elsewhere in the text: not particles, not cue words. */
function coreWords(name: string): string[] {
  return name
    .split(/\s+/)
    .filter((w) => w.length >= 2 && w.length <= MAX_WORD && !PARTICLES.test(w) && !NOT_A_NAME.has(w));
}

export function findNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  const known = new Set<string>();

  /**
   * `nameGroup` holds the name. The finding starts at the whole match for courtesy titles (so
   * "Mr. and Mrs. Patel" is one span), at `titleGroup` when that matched ("Dr. Patel" as a
   * patient), else at the name itself.
   */
  const take = (
    re: RegExp,
    nameGroup: number,
    from: 'match' | 'name' | number,
    detail: string,
    need?: RegExp,
  ) => {
    const onMatch = (m: RegExpExecArray) => {
      const raw = m[nameGroup];
      const at = m.indices?.[nameGroup];
      if (raw === undefined || at === undefined) return;
      const span = cleanName(raw, at[0]);
      if (span === null) return;
      if (re === NAMED_RE && before(text, m.index, OWN_NAME_BEFORE, 8)) return;
      if (before(text, span.start, STAFF_BEFORE, 16) && (re === PRESENTED_RE || re === WAS_PATIENT_RE))
        return;
      let start = span.start;
      if (from === 'match') start = m.index;
      if (typeof from === 'number') {
        const title = m.indices?.[from];
        if (title !== undefined && title[1] > title[0]) start = title[0];
      }
      out.push(candidate('name', start, span.end, 2, detail));
      for (const w of coreWords(text.slice(span.start, span.end))) known.add(w);
      const age = ageAfterName(text, span.end);
      if (age !== null) out.push(age);
    };
    if (need === undefined) eachMatch(re, text, onMatch);
    else
      eachMatchWhere(
        re,
        text,
        need,
        onMatch,
        re === NAMED_RE || re === HONORIFIC_RE || re === WAS_PATIENT_RE ? undefined : STRETCH_BREAK_NO_COMMA,
      );
  };

  take(HONORIFIC_RE, 1, 'match', 'It follows a courtesy title such as “Mr.” or “Mrs.”', HONORIFIC_NEED);
  take(PATIENT_RE, 2, 1, 'It follows the word “patient”.', PATIENT_NEED);
  take(CHILD_RE, 1, 'name', 'It follows a word such as “baby” or “girl”.', CHILD_NEED);
  take(RELATIVE_RE, 1, 'name', 'It follows a family word such as “daughter” or “wife”.');
  take(NAMED_RE, 2, 1, 'The sentence gives it as someone’s name.', NAMED_NEED);
  take(
    PRESENTED_RE,
    1,
    'name',
    'It is introduced the way a patient is in a case presentation.',
    PRESENTED_NEED,
  );
  take(WAS_PATIENT_RE, 1, 'name', 'The sentence says this person was a patient.', WAS_PATIENT_NEED);

  // A later bare use of a name found above. Looked up word by word, never built into a pattern:
  // a hostile "name" of 60,000 letters once made that pattern too large to compile.
  if (known.size > 0) {
    for (const w of wordsOf(text)) {
      if (!known.has(w.text) || before(text, w.start, STAFF_BEFORE, 16)) continue;
      out.push(
        candidate('name', w.start, w.end, 2, 'The same name was flagged elsewhere in this reflection.'),
      );
    }
  }
  return out;
}
