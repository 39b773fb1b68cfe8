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

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|[^<]+|</g;

export function htmlToPlainText(html: string): string {
  let out = '';
  let pendingBreak = false;
  let skipping: string | null = null;
  for (const match of html.matchAll(TOKEN)) {
    const token = match[0];
    const tag = match[1]?.toLowerCase();
    if (skipping !== null) {
      if (tag === skipping && token.startsWith('</')) skipping = null;
      continue;
    }
    if (token.startsWith('<!--')) continue;
    if (tag !== undefined) {
      if (SKIPPED_CONTENT.has(tag) && !token.startsWith('</')) skipping = tag;
      else if (tag === 'br') {
        out += pendingBreak ? '\n\n' : '\n';
        pendingBreak = false;
      } else if (BLOCK_TAGS.has(tag) && out.length > 0) pendingBreak = true;
      continue;
    }
    // Indentation between block tags is layout, not text.
    if (/^\s*$/.test(token) && token.includes('\n')) continue;
    if (pendingBreak) {
      out += '\n';
      pendingBreak = false;
    }
    out += decodeEntities(token);
  }
  return out;
}
