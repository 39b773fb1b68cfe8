import { Eta } from 'eta';
import { LAYOUT_HTML, LAYOUT_TEXT } from './layout.ts';

/**
 * Email templates are Eta templates kept as TypeScript strings (no files to copy into a build).
 * HTML escapes every `<%= %>` value; plain text does not, because it is not markup. Values that
 * come from people (names, cohort titles) must always go through `<%= %>`, never `<%~ %>`.
 */
const html = new Eta({ autoEscape: true, autoTrim: false, cache: true });
const text = new Eta({ autoEscape: false, autoTrim: false, cache: true });
html.loadTemplate('@layout', LAYOUT_HTML);
text.loadTemplate('@layout', LAYOUT_TEXT);

export interface EmailTemplate<Data> {
  name: string;
  subject: (data: Data) => string;
  /** Eta source of the plain-text body; `it` is the data. */
  text: string;
  /** Eta source of the HTML body (inside the layout); `it` is the data. */
  html: string;
}

/** What every email carries besides its own data: where to change how such mail arrives. */
export interface EmailFrame {
  firstName: string;
  /** Absolute URL of the person's email preferences, or null when no public origin is set. */
  preferencesUrl: string | null;
  /** Absolute one-click unsubscribe URL for this kind, or null for mail that cannot be turned off. */
  unsubscribeUrl: string | null;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function defineEmailTemplate<Data>(template: EmailTemplate<Data>): EmailTemplate<Data> {
  html.loadTemplate(`@${template.name}`, `<% layout('@layout') %>${template.html}`);
  text.loadTemplate(`@${template.name}`, `<% layout('@layout') %>${template.text}`);
  return template;
}

export function renderEmail<Data extends object>(
  template: EmailTemplate<Data>,
  data: Data,
  frame: EmailFrame,
): RenderedEmail {
  const it = { ...data, frame, subject: template.subject(data) };
  return {
    subject: it.subject,
    text: text.render(`@${template.name}`, it).trim(),
    html: html.render(`@${template.name}`, it),
  };
}
