import { defineEmailTemplate } from './email-template.ts';

/** No name and no answer by email: the portal's concern list, behind sign-in, says who. */
export interface CheckInConcernData {
  cohortName: string;
  link: string;
}

export const checkInConcern = defineEmailTemplate<CheckInConcernData>({
  name: 'checkin-concern',
  subject: (d) => `A match in ${d.cohortName} needs attention`,
  text: `Someone in <%= it.cohortName %> answered in a check-in that their match is not working, and asked for it to be passed on.

See who, and mark it handled once you have talked:
<%= it.link %>`,
  html: `<p>Someone in <%= it.cohortName %> answered in a check-in that their match is not working, and asked for it to be passed on.</p>
<p><a href="<%= it.link %>">See who, and mark it handled once you have talked</a></p>`,
});
