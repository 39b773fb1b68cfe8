import { DomainError } from '@preceptor/domain/errors';
import { bodyLimitProblem } from '@preceptor/domain/reflections/reflection-quotas';
import type sanitizeHtml from 'sanitize-html';

/*
 * The body is HTML from the writer's browser and is rendered in the mentor's: keep only what
 * the editor produces (paragraphs, headings, lists, quotes, emphasis, links) and drop
 * everything else, attributes included, so stored text can never carry script.
 */
const OPTIONS = (sanitize: typeof sanitizeHtml): sanitizeHtml.IOptions => ({
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitize.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
  disallowedTagsMode: 'discard',
});

/** sanitize-html (with htmlparser2) is loaded by the first body saved, not at start-up (bench:start). */
let sanitizer: Promise<(html: string) => string> | null = null;
function loadSanitizer(): Promise<(html: string) => string> {
  sanitizer ??= import('sanitize-html').then(({ default: sanitize }) => {
    const options = OPTIONS(sanitize);
    return (html: string) => sanitize(html, options);
  });
  return sanitizer;
}

function refuse(problem: string): never {
  throw new DomainError('BAD_INPUT', problem, { fieldErrors: { body: [problem] } });
}

/**
 * The body as stored, or BAD_INPUT when it is beyond a reflection's limits. The limits are
 * checked first, in one linear pass, because the sanitizer is slow on deeply nested input;
 * and again after, because cleaning can lengthen markup (every link gains its attributes).
 */
export async function sanitizeBody(html: string): Promise<string> {
  const before = bodyLimitProblem(html);
  if (before) refuse(before);
  const clean = (await loadSanitizer())(html);
  const after = bodyLimitProblem(clean);
  if (after) refuse(after);
  return clean;
}
