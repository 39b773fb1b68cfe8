import { commentElementId, type PlacedPassage, passageElementId } from './comment-passages.ts';
import { plainTextSegments } from './selection-offsets.ts';

/*
 * Marks commented passages in read-only reflection HTML (the mentor's review page) with <mark>
 * elements, counting offsets the way selection-offsets does, so a new comment's selection and
 * the marks agree. Marks are inline, so they change no offsets of the ones after them.
 */

function wrap(root: Element, passage: PlacedPassage): void {
  let first = true;
  for (const segment of plainTextSegments(root).segments) {
    if (!(segment.node instanceof Text)) continue;
    const from = Math.max(passage.at.start - segment.start, 0);
    const to = Math.min(passage.at.end - segment.start, segment.node.length);
    if (to <= from) continue;
    let node = segment.node;
    if (from > 0) node = node.splitText(from);
    if (to - from < node.length) node.splitText(to - from);
    const mark = document.createElement('mark');
    mark.className = 'comment-passage';
    mark.dataset.commentId = passage.commentId;
    mark.title = passage.description;
    mark.setAttribute('aria-describedby', commentElementId(passage.commentId));
    // A passage across paragraphs is several marks; the first is the one a comment leads to.
    if (first) {
      mark.id = passageElementId(passage.commentId);
      mark.tabIndex = -1;
      first = false;
    }
    node.parentNode?.insertBefore(mark, node);
    mark.appendChild(node);
  }
}

/** Replaces `root`'s content with `html` and marks each placed passage in it. */
export function renderWithPassages(root: Element, html: string, passages: readonly PlacedPassage[]): void {
  root.innerHTML = html;
  for (const passage of passages) wrap(root, passage);
}

/** The plain text of `html` as the review page counts it, without touching the page. */
export function plainTextOfHtml(html: string): string {
  // An inert document: nothing in it loads or runs.
  const inert = new DOMParser().parseFromString(html, 'text/html');
  return plainTextSegments(inert.body).text;
}

/** Scrolls to a comment's passage, focuses it and marks it as the chosen one. */
export function showPassage(root: Element, commentId: string): void {
  for (const mark of root.querySelectorAll('.comment-passage.is-active')) mark.classList.remove('is-active');
  const marks = root.querySelectorAll<HTMLElement>(`[data-comment-id="${CSS.escape(commentId)}"]`);
  for (const mark of marks) mark.classList.add('is-active');
  const first = marks[0];
  if (!first) return;
  first.scrollIntoView({ block: 'center' });
  first.focus({ preventScroll: true });
}
