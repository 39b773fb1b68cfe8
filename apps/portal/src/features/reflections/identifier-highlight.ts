import { findingKey, findPatientIdentifiers } from '@preceptor/domain/reflections/identifier-check';
import type { IdentifierFinding } from '@preceptor/domain/reflections/identifier-finding';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Extension } from '@tiptap/react';
import { documentRange, editorPlainText } from './editor-plain-text.ts';
import { KIND_LABELS } from './identifier-kinds.ts';

export interface BodyFinding extends IdentifierFinding {
  key: string;
  /** Document range in the editor, for "Edit" to select it. */
  from: number;
  to: number;
}

interface HighlightState {
  confirmed: ReadonlySet<string>;
  findings: BodyFinding[];
  decorations: DecorationSet;
}

export const identifierHighlightKey = new PluginKey<HighlightState>('identifierHighlight');

/** Meta for a transaction that changes which findings the writer has confirmed. */
export const CONFIRMED_META = 'identifierHighlight/confirmed';

function compute(doc: Parameters<typeof editorPlainText>[0], confirmed: ReadonlySet<string>): HighlightState {
  const plain = editorPlainText(doc);
  const findings: BodyFinding[] = [];
  for (const finding of findPatientIdentifiers(plain.text)) {
    const key = findingKey(finding);
    if (confirmed.has(key)) continue;
    const range = documentRange(plain, finding.start, finding.end);
    if (range) findings.push({ ...finding, key, ...range });
  }
  const decorations = DecorationSet.create(
    doc,
    findings.map((f) =>
      Decoration.inline(f.from, f.to, {
        class: 'identifier-finding',
        'data-kind': KIND_LABELS[f.kind],
        title: f.message,
      }),
    ),
  );
  return { confirmed, findings, decorations };
}

/**
 * Highlights suspect patient identifiers in the editor, each labelled with its kind, using the
 * same pure check the server runs on share. Findings the writer confirmed are not shown.
 */
export function identifierHighlight(onFindings: (findings: BodyFinding[]) => void) {
  return Extension.create({
    name: 'identifierHighlight',
    addProseMirrorPlugins() {
      return [
        new Plugin<HighlightState>({
          key: identifierHighlightKey,
          state: {
            init: (_config, state) => compute(state.doc, new Set()),
            apply: (tr, previous, _old, next) => {
              const confirmed = tr.getMeta(CONFIRMED_META) as ReadonlySet<string> | undefined;
              if (!tr.docChanged && confirmed === undefined) return previous;
              return compute(next.doc, confirmed ?? previous.confirmed);
            },
          },
          props: {
            decorations: (state) =>
              identifierHighlightKey.getState(state)?.decorations ?? DecorationSet.empty,
          },
          view: (editorView) => {
            let last: BodyFinding[] | null =
              identifierHighlightKey.getState(editorView.state)?.findings ?? [];
            const initial = last;
            queueMicrotask(() => onFindings(initial));
            return {
              update: (view) => {
                const findings = identifierHighlightKey.getState(view.state)?.findings ?? [];
                if (findings !== last) {
                  last = findings;
                  onFindings(findings);
                }
              },
            };
          },
        }),
      ];
    },
  });
}
