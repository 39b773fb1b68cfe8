import { findingKey, findPatientIdentifiers } from '@preceptor/domain/reflections/identifier-check';
import type { IdentifierFinding } from '@preceptor/domain/reflections/identifier-finding';

/** A finding with the key a confirmation is recorded under (kind and normalised text). */
export interface KeyedFinding extends IdentifierFinding {
  key: string;
}

/**
 * The same pure check the server runs on share, with each finding's key. Imported only by the
 * check's worker (and its fallback): the name lexicons behind it are most of the editor's weight,
 * so the page never loads them on the main thread while a worker can run them.
 */
export function keyedFindings(text: string): KeyedFinding[] {
  return findPatientIdentifiers(text).map((finding) => ({ ...finding, key: findingKey(finding) }));
}
