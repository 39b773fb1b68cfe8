import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Extension } from '@tiptap/react';
import {
  type CommentPassage,
  commentElementId,
  type PassageState,
  placePassages,
} from './comment-passages.ts';
import { documentRange, editorPlainText } from './editor-plain-text.ts';

interface PassageSettings {
  passages: readonly CommentPassage[];
  activeId: string | null;
  /** A read-only editor cannot take a selection: its passages take focus themselves instead. */
  focusable: boolean;
}

interface HighlightState extends PassageSettings {
  ranges: Map<string, { from: number; to: number }>;
  states: Map<string, PassageState>;
  decorations: DecorationSet;
}

export const commentPassageKey = new PluginKey<HighlightState>('commentPassages');

/** Meta for a transaction that changes the passages, the chosen one, or whether they take focus. */
export const PASSAGES_META = 'commentPassages/settings';

function compute(doc: ProseMirrorNode, settings: PassageSettings): HighlightState {
  const plain = editorPlainText(doc);
  const { placed, states } = placePassages(plain.text, settings.passages);
  const ranges = new Map<string, { from: number; to: number }>();
  const decorations: Decoration[] = [];
  for (const passage of placed) {
    const range = documentRange(plain, passage.at.start, passage.at.end);
    if (!range) continue;
    ranges.set(passage.commentId, range);
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: passage.commentId === settings.activeId ? 'comment-passage is-active' : 'comment-passage',
        'data-comment-id': passage.commentId,
        title: passage.description,
        'aria-describedby': commentElementId(passage.commentId),
        ...(settings.focusable ? { tabindex: '-1' } : {}),
      }),
    );
  }
  return { ...settings, ranges, states, decorations: DecorationSet.create(doc, decorations) };
}

function sameStates(a: Map<string, PassageState>, b: Map<string, PassageState>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, state] of a) if (b.get(id) !== state) return false;
  return true;
}

/**
 * Marks the passages mentors commented on, found again by their words as the writer edits
 * (a passage whose words are gone is reported as on an earlier version, and not marked).
 */
export function commentPassageHighlight(onStates: (states: Map<string, PassageState>) => void) {
  return Extension.create({
    name: 'commentPassages',
    addProseMirrorPlugins() {
      return [
        new Plugin<HighlightState>({
          key: commentPassageKey,
          state: {
            init: (_config, state) => compute(state.doc, { passages: [], activeId: null, focusable: false }),
            apply: (tr, previous, _old, next) => {
              const settings = tr.getMeta(PASSAGES_META) as Partial<PassageSettings> | undefined;
              if (!tr.docChanged && settings === undefined) return previous;
              return compute(next.doc, { ...previous, ...settings });
            },
          },
          props: {
            decorations: (state) => commentPassageKey.getState(state)?.decorations ?? DecorationSet.empty,
          },
          view: (editorView) => {
            let last = commentPassageKey.getState(editorView.state)?.states ?? new Map();
            return {
              update: (view) => {
                const states = commentPassageKey.getState(view.state)?.states ?? new Map();
                if (!sameStates(states, last)) {
                  last = states;
                  onStates(states);
                }
              },
            };
          },
        }),
      ];
    },
  });
}
