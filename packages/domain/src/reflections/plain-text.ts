/*
 * The plain text of a reflection's HTML body: what the patient-identifier check reads and what
 * review comments' offsets count in. The editor builds the same string from its document
 * (text blocks with text, joined by one newline; a hard break is a newline), so a finding's
 * offsets mean the same thing in the browser and on the server.
 */

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'div',
  'dd',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never reading text. */
const SKIPPED_CONTENT = new Set(['script', 'style', 'template']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  shy: '\u00ad',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Elements that never hold content, so they open no nesting level. */
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'comment' }
  | { kind: 'tag'; name: string; closing: boolean; selfClosing: boolean };

const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)(?![a-zA-Z0-9_])/y;

/**
 * The tokens of an HTML string in one pass: a tag runs from `<name` to the next `>`, a comment
 * to the next `-->` (or the end), text up to the next `<`; a `<` that starts neither is text.
 * Linear in the input: the position of the next `>` is found once and reused by every `<`
 * before it, so `<a<a<a…` with no `>` costs one scan, not one per `<`.
 */
export function* htmlTokens(html: string): Generator<HtmlToken> {
  const length = html.length;
  /** Index of the next `>` at or after the last search; -1: none left; -2: not searched yet. */
  let nextGt = -2;
  let i = 0;
  while (i < length) {
    if (html.charCodeAt(i) !== 60 /* < */) {
      const lt = html.indexOf('<', i);
      const end = lt === -1 ? length : lt;
      yield { kind: 'text', text: html.slice(i, end) };
      i = end;
      continue;
    }
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close === -1 ? length : close + 3;
      yield { kind: 'comment' };
      continue;
    }
    TAG_NAME.lastIndex = i;
    const name = TAG_NAME.exec(html);
    if (name) {
      if (nextGt === -2 || (nextGt !== -1 && nextGt < i)) nextGt = html.indexOf('>', i);
      if (nextGt !== -1) {
        yield {
          kind: 'tag',
          name: (name[2] as string).toLowerCase(),
          closing: name[1] === '/',
          selfClosing: html.charCodeAt(nextGt - 1) === 47 /* / */,
        };
        i = nextGt + 1;
        continue;
      }
    }
    yield { kind: 'text', text: '<' };
    i += 1;
  }
}

export function htmlToPlainText(html: string): string {
  let out = '';
  let pendingBreak = false;
  let skipping: string | null = null;
  for (const token of htmlTokens(html)) {
    if (skipping !== null) {
      if (token.kind === 'tag' && token.closing && token.name === skipping) skipping = null;
      continue;
    }
    if (token.kind === 'comment') continue;
    if (token.kind === 'tag') {
      const tag = token.name;
      if (SKIPPED_CONTENT.has(tag) && !token.closing) skipping = tag;
      else if (tag === 'br') {
        out += pendingBreak ? '\n\n' : '\n';
        pendingBreak = false;
      } else if (BLOCK_TAGS.has(tag) && out.length > 0) pendingBreak = true;
      continue;
    }
    // Indentation between block tags is layout, not text.
    if (/^\s*$/.test(token.text) && token.text.includes('\n')) continue;
    if (pendingBreak) {
      out += '\n';
      pendingBreak = false;
    }
    out += decodeEntities(token.text);
  }
  return out;
}

/** How deeply elements nest at most: open tags not yet closed, void elements aside. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const token of htmlTokens(html)) {
    if (token.kind !== 'tag' || VOID_TAGS.has(token.name) || token.selfClosing) continue;
    depth = token.closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
