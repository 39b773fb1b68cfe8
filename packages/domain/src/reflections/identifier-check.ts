import { findAgesOver89 } from './identifier-detect-ages.ts';
import {
  findEmailsAndHandles,
  findIpAddresses,
  findPhonesAndFaxes,
  findSsns,
  findUrls,
} from './identifier-detect-contact.ts';
import { findDates } from './identifier-detect-dates.ts';
import { findLooseDates } from './identifier-detect-dates-loose.ts';
import { findNameWords } from './identifier-detect-name-words.ts';
import { findNames } from './identifier-detect-names.ts';
import { findPlaces } from './identifier-detect-places.ts';
import { findLabelledRecords, findUnlabelledCodes } from './identifier-detect-records.ts';
import { findTowns } from './identifier-detect-towns.ts';
import { findUniqueDetails } from './identifier-detect-unique.ts';
import type { Candidate, IdentifierFinding, IdentifierKind } from './identifier-finding.ts';
import { findingMessage } from './identifier-messages.ts';

// Types only: the schemas (and with them zod) stay in identifier-finding.ts, so the portal's
// worker that runs this check carries the lexicons and nothing else.
export type { IdentifierFinding, IdentifierKind } from './identifier-finding.ts';

/*
 * The patient-identifier check run before a reflection is shared (product.md, "Reflections"):
 * pure and synchronous so the browser editor can run it on every keystroke pause and the server
 * can run the same code again when the share request arrives.
 *
 * It is a screen, not a proof of de-identification. It leans towards flagging, because the
 * writer can dismiss a false alarm with one click ("not a patient identifier") but a missed name
 * reaches the mentor. What it deliberately does not flag, and why, is written next to each
 * detector: colleagues' names, bare months, five-digit numbers without an address, ages to 89.
 */

/** When two kinds claim overlapping text with equal confidence, the earlier kind here wins. */
const SPECIFICITY: readonly IdentifierKind[] = [
  'email',
  'url',
  'ip_address',
  'ssn',
  'fax',
  'phone',
  'record_number',
  'date',
  'age_over_89',
  'address',
  'name',
  'unique_detail',
];

const DETECTORS: readonly ((text: string) => Candidate[])[] = [
  findEmailsAndHandles,
  findUrls,
  findIpAddresses,
  findSsns,
  findPhonesAndFaxes,
  findLabelledRecords,
  findUnlabelledCodes,
  findDates,
  findLooseDates,
  findAgesOver89,
  findPlaces,
  findTowns,
  findNames,
  findNameWords,
  findUniqueDetails,
];

/**
 * The longest text checked. Reflections are capped at 200,000 characters when saved; this bound
 * keeps the check's time and memory fixed even for text that did not come through that door.
 */
export const MAX_CHECKED_LENGTH = 250_000;

/** Joins overlapping candidates of the same kind ("Mr. Alvarez" and a later bare "Alvarez"). */
function unionSameKind(candidates: Candidate[]): Candidate[] {
  const byKind = new Map<IdentifierKind, Candidate[]>();
  for (const c of candidates) {
    const list = byKind.get(c.kind) ?? [];
    list.push(c);
    byKind.set(c.kind, list);
  }
  const out: Candidate[] = [];
  for (const list of byKind.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let current: Candidate | undefined;
    for (const c of list) {
      if (current !== undefined && c.start < current.end) {
        const stronger = c.strength > current.strength ? c : current;
        current = { ...stronger, start: current.start, end: Math.max(current.end, c.end) };
      } else {
        if (current !== undefined) out.push(current);
        current = { ...c };
      }
    }
    if (current !== undefined) out.push(current);
  }
  return out;
}

/** Keeps, for every contested stretch of text, the most confident and most specific claim. */
function resolveOverlaps(candidates: Candidate[], length: number): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.strength - a.strength ||
      SPECIFICITY.indexOf(a.kind) - SPECIFICITY.indexOf(b.kind) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Suspect patient identifiers in `text`, sorted by position and never overlapping. Offsets are
 * UTF-16 code units, so `text.slice(f.start, f.end) === f.text`.
 */
export function findPatientIdentifiers(fullText: string): IdentifierFinding[] {
  const text = fullText.length > MAX_CHECKED_LENGTH ? fullText.slice(0, MAX_CHECKED_LENGTH) : fullText;
  const raw: Candidate[] = [];
  for (const detect of DETECTORS) {
    for (const c of detect(text)) {
      const start = Math.max(0, c.start);
      const end = Math.min(text.length, c.end);
      if (end > start) raw.push({ ...c, start, end });
    }
  }
  return resolveOverlaps(unionSameKind(raw), text.length).map((c) => {
    const found = text.slice(c.start, c.end);
    return {
      kind: c.kind,
      start: c.start,
      end: c.end,
      text: found,
      message: findingMessage(c.kind, found, c.detail),
    };
  });
}

const COMPACT_KINDS: ReadonlySet<IdentifierKind> = new Set([
  'phone',
  'fax',
  'ssn',
  'record_number',
  'ip_address',
]);

/**
 * A key for "the writer confirmed this is not a patient identifier" that survives edits elsewhere
 * in the text: kind plus normalised text, no offsets. Case, curly quotes, spacing and
 * punctuation do not matter ("Mr. Alvarez" = "mr alvarez"); for numbers only the letters and
 * digits count ("(555) 123-4567" = "555 123 4567"). The same words confirmed once are confirmed
 * wherever they appear in that reflection.
 */
export function findingKey(finding: Pick<IdentifierFinding, 'kind' | 'text'>): string {
  const folded = finding.text.normalize('NFKC').toLowerCase();
  const normal = COMPACT_KINDS.has(finding.kind)
    ? folded.replace(/[^\p{L}\p{N}]+/gu, '')
    : folded.replace(/[^\p{L}\p{N}@]+/gu, ' ').trim();
  return `${finding.kind}:${normal}`;
}

/** The findings the writer has not yet confirmed. */
export function unconfirmedFindings(text: string, confirmedKeys: Iterable<string>): IdentifierFinding[] {
  const confirmed = new Set(confirmedKeys);
  return findPatientIdentifiers(text).filter((f) => !confirmed.has(findingKey(f)));
}
