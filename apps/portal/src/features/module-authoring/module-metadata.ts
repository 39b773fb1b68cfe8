import type { ModuleDraft, ModuleReference, ModuleReview } from '@preceptor/domain/modules/module-content';

/** The literature a module rests on, and the professions' codes of ethics it answers to. */
export type ReferenceKind = 'source' | 'code_of_ethics';

export const kindOf = (reference: ModuleReference): ReferenceKind => reference.kind ?? 'source';

/**
 * One kind's references with their places in the module's single list: the editor shows sources
 * and codes apart, but the server names a problem by that place (`references.3.year`).
 */
export function referencesOfKind(
  references: readonly ModuleReference[],
  kind: ReferenceKind,
): { reference: ModuleReference; index: number }[] {
  return references.flatMap((reference, index) => (kindOf(reference) === kind ? [{ reference, index }] : []));
}

/**
 * A new, empty reference. Its year is 0 until typed: the field shows it blank, and saving it
 * unfilled is refused with "Give the year of publication." rather than saving a wrong year.
 */
export function blankReference(kind: ReferenceKind): ModuleReference {
  return { citation: '', year: 0, ...(kind === 'code_of_ethics' ? { kind } : {}) };
}

/** A reference with its web address set, or removed when the field is emptied. */
export function withUrl(reference: ModuleReference, url: string): ModuleReference {
  const { url: _previous, ...rest } = reference;
  return url.trim() === '' ? rest : { ...rest, url: url.trim() };
}

/** `prefix-n` for the first n from the list's length up that no key uses. */
export function nextKey(prefix: string, keys: readonly string[]): string {
  let n = keys.length + 1;
  while (keys.includes(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/**
 * The module with its review changed. Both fields blank means "not reviewed" (no review at all);
 * one filled in keeps both, so saving names the missing one instead of dropping what was typed.
 */
export function withReview(content: ModuleDraft, change: Partial<ModuleReview>): ModuleDraft {
  const review = { lastReviewed: '', reviewerRole: '', ...content.review, ...change };
  const { review: _previous, ...rest } = content;
  return review.lastReviewed === '' && review.reviewerRole === '' ? rest : { ...rest, review };
}
