import { defineEmailTemplate } from './email-template.ts';

export interface OverdueDigestData {
  cohortName: string;
  /** "Ana Diaz — Informed consent (due 3 Mar 2027)", at most a page of them. */
  lines: string[];
  /** How many more are overdue than the lines show. */
  more: number;
  link: string;
}

export const overdueDigest = defineEmailTemplate<OverdueDigestData>({
  name: 'overdue-digest',
  subject: (d) => `Overdue modules in ${d.cohortName} this week`,
  text: `These mentees of your hospitals in <%= it.cohortName %> have an overdue module:

<% it.lines.forEach(function (line) { %>- <%= line %>
<% }) %><% if (it.more > 0) { %>…and <%= it.more %> more.
<% } %>
The module progress page has the whole list:
<%= it.link %>`,
  html: `<p>These mentees of your hospitals in <%= it.cohortName %> have an overdue module:</p>
<ul><% it.lines.forEach(function (line) { %><li><%= line %></li><% }) %></ul>
<% if (it.more > 0) { %><p>…and <%= it.more %> more.</p><% } %>
<p><a href="<%= it.link %>">See the whole list on the module progress page</a></p>`,
});
