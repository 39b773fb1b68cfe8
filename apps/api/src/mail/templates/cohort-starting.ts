import { defineEmailTemplate } from './email-template.ts';

export interface CohortStartingData {
  cohortName: string;
  startsOn: string;
  link: string;
}

export const cohortStarting = defineEmailTemplate<CohortStartingData>({
  name: 'cohort-starting',
  subject: (d) => `${d.cohortName} starts on ${d.startsOn}`,
  text: `<%= it.cohortName %>, the mentoring cohort you are in, starts on <%= it.startsOn %>.

Your modules, your match and your journal are in Preceptor:
<%= it.link %>`,
  html: `<p><%= it.cohortName %>, the mentoring cohort you are in, starts on <%= it.startsOn %>.</p>
<p><a href="<%= it.link %>">Your modules, your match and your journal are in Preceptor</a></p>`,
});
