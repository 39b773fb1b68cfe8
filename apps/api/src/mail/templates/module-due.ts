import { defineEmailTemplate } from './email-template.ts';

export interface ModuleDueData {
  moduleTitle: string;
  cohortName: string;
  /** The due date in words. */
  dueOn: string;
  link: string;
}

export const moduleDue = defineEmailTemplate<ModuleDueData>({
  name: 'module-due',
  subject: (d) => `${d.moduleTitle} is due on ${d.dueOn}`,
  text: `Your module "<%= it.moduleTitle %>" in <%= it.cohortName %> is due on <%= it.dueOn %>.

Pick it up where you left off:
<%= it.link %>`,
  html: `<p>Your module <strong><%= it.moduleTitle %></strong> in <%= it.cohortName %> is due on <%= it.dueOn %>.</p>
<p><a href="<%= it.link %>">Pick it up where you left off</a></p>`,
});
