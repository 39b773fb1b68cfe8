import type { IdentifierKind } from './identifier-finding.ts';

/*
 * What the writer reads next to a highlighted passage: what was found, why it can identify a
 * patient, and what to write instead. Plain words; the writer may be tired after a night shift.
 */

const WHAT: Record<IdentifierKind, (quoted: string) => string> = {
  name: (q) => `${q} looks like a person's name.`,
  date: (q) => `${q} is a date more exact than a year.`,
  phone: (q) => `${q} looks like a phone number.`,
  fax: (q) => `${q} looks like a fax number.`,
  email: (q) => `${q} is an email address.`,
  ssn: (q) => `${q} looks like a Social Security number.`,
  record_number: (q) => `${q} looks like a record, account, insurance, licence or serial number.`,
  address: (q) => `${q} looks like part of an address or a place smaller than a state.`,
  age_over_89: (q) => `${q} gives an age over 89.`,
  url: (q) => `${q} is a web address.`,
  ip_address: (q) => `${q} is an IP address.`,
  unique_detail: (q) => `Could ${q} point to one person?`,
};

const WHY: Record<IdentifierKind, string> = {
  name:
    'The names of patients and their family members identify them. Write "the patient", "Mr. A" ' +
    'or "his daughter" instead. If this is a colleague or not a name at all, confirm it.',
  date:
    'A day or month tied to a patient (surgery, admission, birth, death) can identify them. Keep ' +
    'only the year, or say "the next day" or "on a weekend".',
  phone: 'A phone number leads straight to a patient or their family. Remove it.',
  fax: 'A fax number can be traced to the patient or their care team. Remove it.',
  email: 'An email address leads straight to a person. Remove it.',
  ssn: 'A Social Security number, even its last four digits, identifies a person. Remove it.',
  record_number:
    'Record, account, insurance, licence, device and vehicle numbers can be looked up to find ' +
    'the patient. Remove it or write "the MRN" without the number.',
  address:
    'Streets, towns, counties and ZIP codes narrow down who the patient is; only the state is ' +
    'safe. Write "a nearby town" or leave it out.',
  age_over_89:
    'So few people are over 89 that the exact age can point to one patient. Write "over 90" instead.',
  url: 'A web link or social-media handle can lead to the patient or their family. Remove it.',
  ip_address: 'An IP address can be traced to a person or a device. Remove it.',
  unique_detail:
    'A role or fact that only one person in a place has (a mayor, a local news anchor, the only ' +
    'surgeon in town) can identify a patient without a name. If it could, make it general ' +
    '("a local official"); if not, say so and share.',
};

const MAX_QUOTE = 60;

export function findingMessage(kind: IdentifierKind, text: string, detail?: string): string {
  const shown = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
  const what = WHAT[kind](`“${shown}”`);
  return detail === undefined ? `${what} ${WHY[kind]}` : `${what} ${detail} ${WHY[kind]}`;
}
