import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * The editor document's plain text, built the way `htmlToPlainText` reads the saved HTML
 * (text blocks with content joined by one newline, a hard break is a newline), with the
 * document position of every character so findings can be highlighted where they are.
 */
export interface EditorPlainText {
  text: string;
  /** positions[i] is the document position of text[i]. */
  positions: number[];
}

export function editorPlainText(doc: ProseMirrorNode): EditorPlainText {
  let text = '';
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (node.childCount === 0) return false;
    if (text.length > 0) {
      text += '\n';
      positions.push(pos);
    }
    node.forEach((child, offset) => {
      const start = pos + 1 + offset;
      if (child.isText && child.text) {
        for (let i = 0; i < child.text.length; i++) positions.push(start + i);
        text += child.text;
      } else if (child.type.name === 'hardBreak') {
        positions.push(start);
        text += '\n';
      }
    });
    return false;
  });
  return { text, positions };
}

/** Document range [from, to) of the plain-text span [start, end). */
export function documentRange(
  plain: EditorPlainText,
  start: number,
  end: number,
): { from: number; to: number } | null {
  const from = plain.positions[start];
  const last = plain.positions[end - 1];
  if (from === undefined || last === undefined) return null;
  return { from, to: last + 1 };
}
