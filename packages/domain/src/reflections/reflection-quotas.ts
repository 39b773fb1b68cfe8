import { htmlToPlainText, nestingDepth } from './plain-text.ts';

/*
 * How much one person may write. Generous for a clinician's journal — a long reflection is a
 * few thousand words — and small enough that no account can fill the database or tie up the
 * server with one request.
 */

/** Characters of text in one reflection (about 8,000 words). */
export const MAX_REFLECTION_TEXT_LENGTH = 50_000;
/** Characters of HTML in one body, formatting included, before and after it is cleaned. */
export const MAX_REFLECTION_HTML_LENGTH = 200_000;
/** Elements inside elements; the editor's lists and quotes never come near it. */
export const MAX_REFLECTION_NESTING = 100;
/** New reflections one person may start in 24 hours. */
export const MAX_NEW_REFLECTIONS_PER_DAY = 20;
/** Reflections one person may keep in their journal. */
export const MAX_REFLECTIONS_PER_PERSON = 1_000;
/**
 * Versions kept per reflection. Autosave keeps one per pause in typing, so older ones are let
 * go beyond this — except any version shared with a mentor or reviewed, which stay.
 */
export const MAX_KEPT_VERSIONS = 200;

const number = new Intl.NumberFormat('en-US');

/**
 * Why this body cannot be saved, in the writer's words, or null when it fits. Linear in the
 * input, so it can run before anything slower looks at the HTML.
 */
export function bodyLimitProblem(html: string): string | null {
  if (html.length > MAX_REFLECTION_HTML_LENGTH) {
    return `This reflection is too long to save (${number.format(MAX_REFLECTION_HTML_LENGTH)} characters with formatting at most).`;
  }
  if (nestingDepth(html) > MAX_REFLECTION_NESTING) {
    return 'This reflection’s formatting is nested too deeply to save. Paste it as plain text.';
  }
  const textLength = htmlToPlainText(html).length;
  if (textLength > MAX_REFLECTION_TEXT_LENGTH) {
    return `This reflection is too long to save: ${number.format(textLength)} characters, and ${number.format(MAX_REFLECTION_TEXT_LENGTH)} is the most. Move part of it into a new reflection.`;
  }
  return null;
}
