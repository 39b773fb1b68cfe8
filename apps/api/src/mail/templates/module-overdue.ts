import { defineEmailTemplate } from './email-template.ts';

export interface ModuleOverdueData {
  moduleTitle: string;
  cohortName: string;
  dueOn: string;
  link: string;
}

export const moduleOverdue = defineEmailTemplate<ModuleOverdueData>({
  name: 'module-overdue',
  subject: (d) => `${d.moduleTitle} is overdue`,
  text: `Your module "<%= it.moduleTitle %>" in <%= it.cohortName %> was due on <%= it.dueOn %> and is not finished yet.

It is still worth doing:
<%= it.link %>`,
  html: `<p>Your module <strong><%= it.moduleTitle %></strong> in <%= it.cohortName %> was due on <%= it.dueOn %> and is not finished yet.</p>
<p><a href="<%= it.link %>">It is still worth doing</a></p>`,
});
