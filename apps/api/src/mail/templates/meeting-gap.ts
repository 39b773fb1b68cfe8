import { defineEmailTemplate } from './email-template.ts';

export interface MeetingGapData {
  otherName: string;
  cohortName: string;
  days: number;
  link: string;
}

export const meetingGap = defineEmailTemplate<MeetingGapData>({
  name: 'meeting-gap',
  subject: (d) => `Time to meet ${d.otherName}?`,
  text: `No meeting with <%= it.otherName %> (<%= it.cohortName %>) has been logged for <%= it.days %> days. A short conversation keeps a mentorship going.

Log a meeting or see your meetings:
<%= it.link %>`,
  html: `<p>No meeting with <%= it.otherName %> (<%= it.cohortName %>) has been logged for <%= it.days %> days. A short conversation keeps a mentorship going.</p>
<p><a href="<%= it.link %>">Log a meeting or see your meetings</a></p>`,
});
