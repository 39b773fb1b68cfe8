/** A paragraph of a reflection's plain text, as offsets a comment can be anchored to. */
export interface ParagraphPassage {
  start: number;
  end: number;
  text: string;
}

/**
 * The non-empty paragraphs of the plain text the review page counts in (blocks and line breaks
 * become "\n"): on a touch screen choosing a paragraph is easier than selecting words.
 */
export function paragraphPassages(text: string): ParagraphPassage[] {
  const paragraphs: ParagraphPassage[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      paragraphs.push({ start: start + leading, end: start + leading + trimmed.length, text: trimmed });
    }
    start += line.length + 1;
  }
  return paragraphs;
}

/** "Paragraph 2: “In the handoff I…”", short enough for a select's option. */
export function paragraphLabel(paragraph: ParagraphPassage, index: number): string {
  const words = paragraph.text.length > 60 ? `${paragraph.text.slice(0, 60).trimEnd()}…` : paragraph.text;
  return `Paragraph ${index + 1}: “${words}”`;
}
