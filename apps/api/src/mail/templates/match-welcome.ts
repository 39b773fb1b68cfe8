import { defineEmailTemplate } from './email-template.ts';

/** What the match page shows both people: the other's name and the factor sentences. */
export interface MatchWelcomeData {
  otherName: string;
  /** "mentor" or "mentee": what the other person is to the recipient. */
  otherRole: 'mentor' | 'mentee';
  cohortName: string;
  reasons: string[];
  link: string;
}

export const matchWelcome = defineEmailTemplate<MatchWelcomeData>({
  name: 'match-welcome',
  subject: (d) => `Meet your ${d.otherRole}: ${d.otherName}`,
  text: `In <%= it.cohortName %>, your <%= it.otherRole %> is <%= it.otherName %>.
<% if (it.reasons.length > 0) { %>
Why we matched you:
<% it.reasons.forEach(function (reason) { %>- <%= reason %>
<% }) %><% } %>
A first conversation in the next two weeks is a good start. See your match:
<%= it.link %>`,
  html: `<p>In <%= it.cohortName %>, your <%= it.otherRole %> is <strong><%= it.otherName %></strong>.</p>
<% if (it.reasons.length > 0) { %><p>Why we matched you:</p>
<ul><% it.reasons.forEach(function (reason) { %><li><%= reason %></li><% }) %></ul><% } %>
<p>A first conversation in the next two weeks is a good start.</p>
<p><a href="<%= it.link %>">See your match</a></p>`,
});
