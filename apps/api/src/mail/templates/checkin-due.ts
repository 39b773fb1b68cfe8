import { defineEmailTemplate } from './email-template.ts';

export interface CheckInDueData {
  otherName: string;
  cohortName: string;
  /** "30 days in", "End of the cohort". */
  occasion: string;
  link: string;
}

export const checkInDue = defineEmailTemplate<CheckInDueData>({
  name: 'checkin-due',
  subject: () => 'How is your mentoring match going?',
  text: `A short check-in on your match with <%= it.otherName %> in <%= it.cohortName %> (<%= it.occasion %>): four questions, about a minute. The programme team sees answers only pooled with at least two other people's.

<%= it.link %>`,
  html: `<p>A short check-in on your match with <%= it.otherName %> in <%= it.cohortName %> (<%= it.occasion %>): four questions, about a minute.</p>
<p><a href="<%= it.link %>">Answer the check-in</a></p>
<p style="font-size:14px;">The programme team sees answers only pooled with at least two other people's.</p>`,
});
