import { defineEmailTemplate } from './email-template.ts';

export interface CohortEndingData {
  cohortName: string;
  endsOn: string;
  link: string;
}

export const cohortEnding = defineEmailTemplate<CohortEndingData>({
  name: 'cohort-ending',
  subject: (d) => `${d.cohortName} ends on ${d.endsOn}`,
  text: `<%= it.cohortName %> ends on <%= it.endsOn %>. There is still time to finish your modules, log your meetings and look back on what you learnt together.

<%= it.link %>`,
  html: `<p><%= it.cohortName %> ends on <%= it.endsOn %>. There is still time to finish your modules, log your meetings and look back on what you learnt together.</p>
<p><a href="<%= it.link %>">Open Preceptor</a></p>`,
});
