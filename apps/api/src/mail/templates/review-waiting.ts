import { defineEmailTemplate } from './email-template.ts';

/** No title or text of the reflection: only who shared it and how long it has waited. */
export interface ReviewWaitingData {
  menteeName: string;
  daysWaiting: number;
  link: string;
}

export const reviewWaiting = defineEmailTemplate<ReviewWaitingData>({
  name: 'review-waiting',
  subject: (d) => `${d.menteeName} is waiting for your feedback`,
  text: `<%= it.menteeName %> shared a reflection with you <%= it.daysWaiting %> days ago and is waiting for your feedback.

Your review queue:
<%= it.link %>`,
  html: `<p><%= it.menteeName %> shared a reflection with you <%= it.daysWaiting %> days ago and is waiting for your feedback.</p>
<p><a href="<%= it.link %>">Open your review queue</a></p>`,
});
