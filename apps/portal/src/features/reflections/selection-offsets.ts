/*
 * Offsets of a selection in the plain text of rendered reflection HTML, counted the way
 * `htmlToPlainText` counts them (text blocks joined by one newline, a <br> is a newline), so a
 * mentor's comment anchors to the same passage the server stores.
 */

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DIV',
  'DD',
  'DL',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

function blockOf(node: Node, root: Element): Node {
  let at: Node | null = node.parentNode;
  while (at && at !== root) {
    if (at instanceof Element && BLOCKS.has(at.tagName)) return at;
    at = at.parentNode;
  }
  return root;
}

export interface Segment {
  node: Node;
  start: number;
  length: number;
}

/** The plain text under `root` and where each of its text nodes (and <br>s) starts in it. */
export function plainTextSegments(root: Element): { text: string; segments: Segment[] } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const found: Segment[] = [];
  let text = '';
  let previousBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const isBreak = node instanceof Element && node.tagName === 'BR';
    const isText = node.nodeType === Node.TEXT_NODE;
    if (!isBreak && !isText) continue;
    const content = isText ? (node.nodeValue ?? '') : '\n';
    if (isText && /^\s*$/.test(content) && content.includes('\n')) continue;
    const block = blockOf(node, root);
    if (previousBlock !== null && block !== previousBlock && text.length > 0) text += '\n';
    previousBlock = block;
    found.push({ node, start: text.length, length: content.length });
    text += content;
  }
  return { text, segments: found };
}

function offsetOf(list: Segment[], node: Node, offset: number): number | null {
  const hit = list.find((s) => s.node === node);
  if (hit) return hit.start + offset;
  // The boundary is an element (e.g. a whole paragraph selected): use the child it points at,
  // or, past its last child, the end of the element's own text.
  const child = node.childNodes[offset];
  if (child) {
    // Segments are in document order: the first at or after the child.
    const first = list.find(
      (s) =>
        child === s.node ||
        child.contains(s.node) ||
        (child.compareDocumentPosition(s.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    return first ? first.start : null;
  }
  const inside = list.filter((s) => node.contains(s.node));
  const last = inside[inside.length - 1];
  return last ? last.start + last.length : null;
}

/** The current selection inside `root` as plain-text offsets, or null if there is none there. */
export function selectionOffsets(root: Element): { start: number; end: number; text: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const { text, segments: list } = plainTextSegments(root);
  const start = offsetOf(list, range.startContainer, range.startOffset);
  const end = offsetOf(list, range.endContainer, range.endOffset) ?? text.length;
  if (start === null || end <= start) return null;
  return { start, end, text: text.slice(start, end) };
}
