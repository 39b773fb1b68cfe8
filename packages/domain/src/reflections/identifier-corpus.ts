import { CLEAN_SENTENCES } from './identifier-corpus-clean.ts';
import { type CorpusLabel, type CorpusSentence, FLAGGED_SENTENCES } from './identifier-corpus-flagged.ts';
import { HOLDOUT_SENTENCES } from './identifier-corpus-holdout.ts';
import type { IdentifierKind } from './identifier-finding.ts';

export type { CorpusLabel, CorpusSentence };

/**
 * Labelled test corpus for the patient-identifier check: sentences from OR and ICU reflection
 * journals, each with the identifiers it contains (none for the clean ones). Written before the
 * detector, so the scores measured on it are not tuned to it.
 */
export const IDENTIFIER_CORPUS: readonly CorpusSentence[] = [
  ...CLEAN_SENTENCES.map((text) => ({ text, identifiers: [] })),
  ...FLAGGED_SENTENCES,
  ...HOLDOUT_SENTENCES,
];

export interface LabelledSpan {
  kind: IdentifierKind;
  start: number;
  end: number;
}

/** Where each label sits in its sentence; throws if a label's text is not there. */
export function labelSpans(sentence: CorpusSentence): LabelledSpan[] {
  return sentence.identifiers.map((label) => {
    let at = -1;
    for (let i = 0; i <= (label.occurrence ?? 0); i++) {
      at = sentence.text.indexOf(label.text, at + 1);
      if (at < 0) throw new Error(`label "${label.text}" not found in: ${sentence.text}`);
    }
    return { kind: label.kind, start: at, end: at + label.text.length };
  });
}
