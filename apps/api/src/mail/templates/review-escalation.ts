import { defineEmailTemplate } from './email-template.ts';

/** For coordinators: who and how long, never the reflection's title or words. */
export interface ReviewEscalationData {
  mentorName: string;
  menteeName: string;
  cohortName: string;
  daysWaiting: number;
  link: string;
}

export const reviewEscalation = defineEmailTemplate<ReviewEscalationData>({
  name: 'review-escalation',
  subject: (d) => `A reflection in ${d.cohortName} has waited ${d.daysWaiting} days for review`,
  text: `<%= it.menteeName %> shared a reflection with their mentor <%= it.mentorName %> in <%= it.cohortName %> <%= it.daysWaiting %> days ago, and it has not been reviewed yet. The mentor was reminded.

The reflection status report:
<%= it.link %>`,
  html: `<p><%= it.menteeName %> shared a reflection with their mentor <%= it.mentorName %> in <%= it.cohortName %> <%= it.daysWaiting %> days ago, and it has not been reviewed yet. The mentor was reminded.</p>
<p><a href="<%= it.link %>">Open the reflection status report</a></p>`,
});
