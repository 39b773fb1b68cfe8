import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Extension } from '@tiptap/react';
import { documentRange, editorPlainText } from './editor-plain-text.ts';
import { checkIdentifiers, type KeyedFinding } from './identifier-checker.ts';
import { KIND_LABELS } from './identifier-kinds.ts';

export interface BodyFinding extends KeyedFinding {
  /** Document range in the editor, for "Edit" to select it. */
  from: number;
  to: number;
}

interface HighlightState {
  confirmed: ReadonlySet<string>;
  /** Every finding of the last check, confirmed or not, its range mapped through later edits. */
  checked: BodyFinding[];
  /** The unconfirmed ones: highlighted and listed. */
  findings: BodyFinding[];
  decorations: DecorationSet;
  /** False until the first check of this editor's text has come back. */
  ready: boolean;
}

export const identifierHighlightKey = new PluginKey<HighlightState>('identifierHighlight');

/** Meta for a transaction that changes which findings the writer has confirmed. */
export const CONFIRMED_META = 'identifierHighlight/confirmed';

/** Meta carrying a check's findings for the document it was run on. */
const FINDINGS_META = 'identifierHighlight/findings';

interface FindingsMeta {
  doc: ProseMirrorNode;
  findings: KeyedFinding[];
}

function located(doc: ProseMirrorNode, findings: KeyedFinding[]): BodyFinding[] {
  const plain = editorPlainText(doc);
  const result: BodyFinding[] = [];
  for (const finding of findings) {
    const range = documentRange(plain, finding.start, finding.end);
    if (range) result.push({ ...finding, ...range });
  }
  return result;
}

function shown(
  doc: ProseMirrorNode,
  checked: BodyFinding[],
  confirmed: ReadonlySet<string>,
  ready: boolean,
): HighlightState {
  const findings = checked.filter((f) => !confirmed.has(f.key));
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
  return { confirmed, checked, findings, decorations, ready };
}

/** Last check's findings carried through an edit, until the check of the new text answers. */
function mapped(checked: BodyFinding[], tr: Transaction): BodyFinding[] {
  return checked.flatMap((f) => {
    const from = tr.mapping.map(f.from, 1);
    const to = tr.mapping.map(f.to, -1);
    return to > from ? [{ ...f, from, to }] : [];
  });
}

function apply(tr: Transaction, previous: HighlightState, next: EditorState): HighlightState {
  const meta = tr.getMeta(FINDINGS_META) as FindingsMeta | undefined;
  const confirmedMeta = tr.getMeta(CONFIRMED_META) as ReadonlySet<string> | undefined;
  const confirmed = confirmedMeta ?? previous.confirmed;
  // A check of an older text is dropped: the view asks again for the text now shown.
  if (meta && meta.doc === next.doc)
    return shown(next.doc, located(next.doc, meta.findings), confirmed, true);
  if (tr.docChanged) return shown(next.doc, mapped(previous.checked, tr), confirmed, previous.ready);
  if (confirmedMeta !== undefined) return shown(next.doc, previous.checked, confirmed, previous.ready);
  return previous;
}

/**
 * Highlights suspect patient identifiers in the editor, each labelled with its kind, using the
 * same pure check the server runs on share. The check runs in a worker (identifier-checker.ts),
 * so findings arrive a moment after each change: until then the previous ones stay, moved with
 * the text. Findings the writer confirmed are not shown. `onFindings` hears the unconfirmed
 * findings and whether the first check has answered yet.
 */
export function identifierHighlight(onFindings: (findings: BodyFinding[], ready: boolean) => void) {
  return Extension.create({
    name: 'identifierHighlight',
    addProseMirrorPlugins() {
      return [
        new Plugin<HighlightState>({
          key: identifierHighlightKey,
          state: {
            init: (_config, state) => shown(state.doc, [], new Set(), false),
            apply: (tr, previous, _old, next) => apply(tr, previous, next),
          },
          props: {
            decorations: (state) =>
              identifierHighlightKey.getState(state)?.decorations ?? DecorationSet.empty,
          },
          view: (editorView) => {
            // One check in flight at a time; when it answers for a text already edited, the
            // latest text is checked next, so fast typing never queues stale work.
            let inFlight = false;
            let lastChecked: ProseMirrorNode | null = null;
            const requestCheck = () => {
              const doc = editorView.state.doc;
              if (inFlight || doc === lastChecked) return;
              inFlight = true;
              lastChecked = doc;
              checkIdentifiers(editorPlainText(doc).text).then(
                (findings) => {
                  inFlight = false;
                  if (editorView.isDestroyed) return;
                  if (editorView.state.doc !== doc) return requestCheck();
                  const meta: FindingsMeta = { doc, findings };
                  editorView.dispatch(
                    editorView.state.tr.setMeta(FINDINGS_META, meta).setMeta('addToHistory', false),
                  );
                },
                (error: unknown) => {
                  inFlight = false;
                  lastChecked = null;
                  console.error('The patient-identifier check failed', error);
                },
              );
            };
            let last = identifierHighlightKey.getState(editorView.state);
            queueMicrotask(() => onFindings(last?.findings ?? [], last?.ready ?? false));
            requestCheck();
            return {
              update: (view) => {
                requestCheck();
                const state = identifierHighlightKey.getState(view.state);
                if (state && (state.findings !== last?.findings || state.ready !== last?.ready)) {
                  last = state;
                  onFindings(state.findings, state.ready);
                }
              },
            };
          },
        }),
      ];
    },
  });
}
