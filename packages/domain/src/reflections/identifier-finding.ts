import { z } from 'zod';

/**
 * The HIPAA Safe Harbor identifier families (45 CFR 164.514(b)(2)) that can plausibly appear in a
 * written reflection. Biometrics and photographs cannot occur in plain text; "any other unique
 * code" is reported as `record_number`, social-media handles as `url`, and "any other unique
 * identifying characteristic" ("the mayor of our town") as `unique_detail`.
 */
export const IdentifierKind = z.enum([
  'name',
  'date',
  'phone',
  'fax',
  'email',
  'ssn',
  'record_number',
  'address',
  'age_over_89',
  'url',
  'ip_address',
  'unique_detail',
]);
export type IdentifierKind = z.infer<typeof IdentifierKind>;

/**
 * Kinds the check is not sure of: the writer is asked about them but sharing does not wait for
 * an answer. Safe Harbor's catch-all ("any other unique identifying characteristic") cannot be
 * recognised with certainty by any pattern.
 */
export const SOFT_KINDS: ReadonlySet<IdentifierKind> = new Set(['unique_detail']);

/**
 * Does this finding hold sharing back until the writer edits or confirms it? Soft kinds
 * ("possibly identifying detail") are asked about, not blocked on. Here rather than beside the
 * check, so the portal can count blocking findings without loading the check's lexicons.
 */
export function blocksSharing(finding: Pick<IdentifierFinding, 'kind'>): boolean {
  return !SOFT_KINDS.has(finding.kind);
}

/**
 * One suspect passage. `start`/`end` are UTF-16 offsets into the checked text (what
 * `String.prototype.slice` and the browser's selection APIs use), `end` exclusive, and
 * `text === input.slice(start, end)`.
 */
export const IdentifierFinding = z
  .object({
    kind: IdentifierKind,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    text: z.string().min(1),
    message: z.string().min(1),
  })
  .refine((f) => f.end > f.start, { message: 'end must be after start', path: ['end'] });
export type IdentifierFinding = z.infer<typeof IdentifierFinding>;

/** A detector's raw hit before overlaps are resolved. */
export interface Candidate {
  kind: IdentifierKind;
  start: number;
  end: number;
  /**
   * How sure the detector is that this span is this kind (1 = a guess from shape alone, 5 = an
   * unmistakable format). Decides which candidate keeps a contested span.
   */
  strength: number;
  /** One sentence for the message on why this was taken for an identifier. */
  detail?: string;
}
