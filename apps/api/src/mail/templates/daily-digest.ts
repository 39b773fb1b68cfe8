import { defineEmailTemplate } from './email-template.ts';

export interface DailyDigestItem {
  subject: string;
  /** The plain-text body of the held email, without its greeting and footer. */
  body: string;
}

export interface DailyDigestData {
  /** The day it gathers, in words (UTC). */
  day: string;
  items: DailyDigestItem[];
}

/**
 * The emails a person chose to get once a day, gathered into one. The items were rendered by
 * their own templates when queued, so they carry only what those may carry.
 */
export const dailyDigest = defineEmailTemplate<DailyDigestData>({
  name: 'daily-digest',
  subject: (data) =>
    `Your Preceptor digest: ${data.items.length} ${data.items.length === 1 ? 'update' : 'updates'}`,
  text: `Here is what happened in your mentoring programme, gathered for <%= it.day %>.
<% it.items.forEach(function (item) { %>

== <%= item.subject %> ==
<%= item.body %>
<% }) %>`,
  html: `<p>Here is what happened in your mentoring programme, gathered for <%= it.day %>.</p>
<% it.items.forEach(function (item) { %>
<h2 style="font-size:17px;margin:24px 0 8px;"><%= item.subject %></h2>
<p style="white-space:pre-line;margin:0;"><%= item.body %></p>
<% }) %>`,
});
