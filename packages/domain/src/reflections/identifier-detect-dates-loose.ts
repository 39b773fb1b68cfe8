import type { Candidate } from './identifier-finding.ts';
import { MONTH_SOURCE, UNIT_AFTER } from './identifier-lexicon.ts';
import { after, before, candidate, eachMatch } from './identifier-scan.ts';

/*
 * Dates as clinicians really write them, beyond the strict formats in identifier-detect-dates.ts:
 * a month and day without a cue ("10/14", "Oct 9"), part of a month ("late September", "the first
 * week of May"), a month tied to an admission, surgery, birth or death, and holidays of every
 * tradition. Clinical fractions stay clean: "PEEP 10/5", "6/8 twitches", "BP 110/70", "pain 8/10".
 */

const SLASH_RE = /(?<![\w/.:-])(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d|:\d)/g;
const CLINICAL_BEFORE =
  /\b(?:pain|strength|score[ds]?|scale|TOF|train|GCS|APGARs?|out\s+of|rated?|ratio|motor|power|reflex|twitch(?:es)?|NRS|VAS|RASS|CAM|grade|PEEP|CPAP|BiPAP|IPAP|EPAP|PS|vent|settings?|AC|SIMV|BP|pressures?|sats?|SpO2|ABG|gas|finished|completed|scored|got|gave|about|over|x|cultures?|bottles?|modules?|competencies|mobility|mmHg|NBP|ABP|MAP|HR|RR|dose|doses|done|reversal)\b/i;
const CLINICAL_AFTER =
  /^\s*(?:twitch|strength|of\b|on\b\s+the\s+scale|pain|blood|bottles?|cultures?|sets?|reps?|coverage|monitoring|split|mmHg|cmH2O|with\s+no\s+fade|fade|in\s+all|in\s+the\s+(?:left|right)|modules?|competenc|score)/i;
const FRACTIONS = new Set([
  '1/2',
  '1/3',
  '2/3',
  '1/4',
  '3/4',
  '24/7',
  '7/7',
  '5/5',
  '4/4',
  '0/4',
  '4/5',
  '3/5',
]);

function findBareSlashDates(text: string, out: Candidate[]): void {
  eachMatch(SLASH_RE, text, (m) => {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    const end = m.index + m[0].length;
    if (
      FRACTIONS.has(m[0]) ||
      before(text, m.index, CLINICAL_BEFORE, 60) ||
      after(text, end, CLINICAL_AFTER, 30)
    )
      return;
    if (after(text, end, UNIT_AFTER, 12) || /^\/|^\s*\d/.test(text.slice(end, end + 2))) return;
    out.push(candidate('date', m.index, end, 2, 'It has the shape of a month and day.'));
  });
}

const M = MONTH_SOURCE;
const PART_OF_MONTH_RE = new RegExp(
  `\\b(?:(?:early|mid|late|the\\s+(?:beginning|start|middle|end)\\s+of|(?:the\\s+)?(?:first|second|third|fourth|last)\\s+(?:week|weekend|days?)\\s+of)[\\s-]+${M}\\b\\.?)`,
  'gi',
);
const MONTH_CAPS = new RegExp(`\\b${M}\\b`, 'g');
const EVENT_NEAR =
  /\b(?:admit\w*|readmit\w*|surgery|operat\w*|procedure|transplant\w*|born|birth|deliver\w*|died|death|passed|coded|arrest\w*|due|induc\w*|labor|discharg\w*|transferr?\w*|stroke|accident|fell|injur\w*|diagnos\w*|cannulat\w*|came\s+(?:in|back)|went\s+home|scheduled)\b/i;
const NOT_PATIENT_MONTH =
  /\b(?:I|I've|I'm|my|we\s+opened|our\s+unit|census|orientation|started|since|last|next|every|each|all\s+of)\b/i;

function findMonths(text: string, out: Candidate[]): void {
  eachMatch(PART_OF_MONTH_RE, text, (m) => {
    out.push(candidate('date', m.index, m.index + m[0].length, 2, 'Part of a month narrows down a date.'));
  });
  eachMatch(MONTH_CAPS, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (
      m[0] === 'May' &&
      !/\b(?:in|of|since|until|during|early|late|mid)\s+$/.test(text.slice(Math.max(0, start - 8), start))
    )
      return;
    const sentenceStart = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('\n', start), 0);
    const sentenceEnd = text.slice(end).search(/[.!?\n]/);
    const sentence = text.slice(sentenceStart, sentenceEnd < 0 ? text.length : end + sentenceEnd);
    if (!EVENT_NEAR.test(sentence) || NOT_PATIENT_MONTH.test(sentence)) return;
    if (!/\b(?:in|of|during|by|until|before|after|for)\s+$/i.test(text.slice(Math.max(0, start - 10), start)))
      return;
    out.push(
      candidate(
        'date',
        start,
        end,
        1,
        'A month tied to an admission, surgery, birth or death narrows down a date.',
      ),
    );
  });
}

const HOLIDAY_RE = new RegExp(
  `\\b(?:${[
    'Christmas(?:\\s+(?:Eve|Day|morning|night))?',
    "New\\s+Year['’]?s(?:\\s+(?:Eve|Day))?",
    'Thanksgiving(?:\\s+(?:Day|night|morning))?',
    'Halloween',
    "Valentine['’]?s\\s+Day",
    'Fourth\\s+of\\s+July',
    'Independence\\s+Day',
    'Easter(?:\\s+(?:Sunday|morning))?',
    'Good\\s+Friday',
    'Memorial\\s+Day',
    'Labor\\s+Day',
    'Veterans\\s+Day',
    'Juneteenth',
    "Presidents['’]?\\s+Day",
    'MLK\\s+Day',
    "Mother['’]?s\\s+Day",
    "Father['’]?s\\s+Day",
    'Leap\\s+Day',
    "St\\.?\\s+Patrick['’]?s\\s+Day",
    'Cinco\\s+de\\s+Mayo',
    'Super\\s+Bowl\\s+Sunday',
    'Friday\\s+the\\s+13th',
    'Yom\\s+Kippur',
    'Rosh\\s+Hashanah',
    'Passover',
    'Hanukkah|Chanukah',
    'Purim',
    'Diwali',
    'Holi',
    'Eid(?:\\s+al[\\s-](?:Fitr|Adha))?',
    'Ramadan',
    '(?:Lunar|Chinese)\\s+New\\s+Year',
    'Tet',
    'Kwanzaa',
    'Nowruz',
    'Vesak',
    'Boxing\\s+Day',
    'Groundhog\\s+Day',
    'Black\\s+Friday',
  ].join('|')})\\b`,
  'g',
);
/** The writer's own holiday shifts are not a patient's date. */
const OWN_TIME =
  /\b(?:worked|working|shifts?|off|PTO|potluck|celebrated|break\s+room|vacation|week\s+is|weeks\s+are|always)\b/i;

function findHolidays(text: string, out: Candidate[]): void {
  eachMatch(HOLIDAY_RE, text, (m) => {
    const lineStart = Math.max(text.lastIndexOf('.', m.index) + 1, text.lastIndexOf('\n', m.index) + 1);
    const sentenceBefore = text.slice(lineStart, m.index);
    const end = m.index + m[0].length;
    const sentenceAfter = text.slice(end, end + 40).split(/[.!?\n]/)[0] ?? '';
    const sentence = sentenceBefore + sentenceAfter;
    if (OWN_TIME.test(sentence) && !EVENT_NEAR.test(sentence)) return;
    out.push(candidate('date', m.index, end, 2, 'A holiday names a single day.'));
  });
}

export function findLooseDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  findBareSlashDates(text, out);
  findMonths(text, out);
  findHolidays(text, out);
  return out;
}
