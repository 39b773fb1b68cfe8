import { z } from 'zod';

export const CheckInOccasion = z.enum(['DAY_30', 'DAY_90', 'COHORT_END']);
export type CheckInOccasion = z.infer<typeof CheckInOccasion>;

export const CHECK_IN_OCCASION_LABELS: Record<CheckInOccasion, string> = {
  DAY_30: '30 days in',
  DAY_90: '90 days in',
  COHORT_END: 'End of the cohort',
};

export const MeetingFrequency = z.enum(['WEEKLY', 'EVERY_TWO_WEEKS', 'MONTHLY', 'LESS_OFTEN', 'NOT_YET']);
export type MeetingFrequency = z.infer<typeof MeetingFrequency>;

export const MEETING_FREQUENCY_LABELS: Record<MeetingFrequency, string> = {
  WEEKLY: 'About every week',
  EVERY_TWO_WEEKS: 'About every two weeks',
  MONTHLY: 'About once a month',
  LESS_OFTEN: 'Less than once a month',
  NOT_YET: 'We have not met yet',
};

export const MatchWorking = z.enum(['YES', 'NOT_SURE', 'NO']);
export type MatchWorking = z.infer<typeof MatchWorking>;

export const MATCH_WORKING_LABELS: Record<MatchWorking, string> = {
  YES: 'Yes',
  NOT_SURE: 'Not sure yet',
  NO: 'No — please pass this on to the programme team',
};

/** Said beside the question, so answering "No" is consent to it being passed on. */
export const NOT_WORKING_CONSENT =
  'If you answer “No”, we tell your cohort’s coordinators that your match needs attention, with your name, so they can help. Your other answers stay private.';

export const CheckInRef = z.object({ checkInId: z.string().min(1) });
export type CheckInRef = z.infer<typeof CheckInRef>;

export const AnswerCheckInInput = CheckInRef.extend({
  satisfaction: z
    .number({ message: 'Choose how satisfied you are, from 1 to 5.' })
    .int('Choose a whole number from 1 to 5.')
    .min(1, 'Choose from 1 to 5.')
    .max(5, 'Choose from 1 to 5.'),
  meetingFrequency: z.enum(MeetingFrequency.options, { message: 'Say how often you meet.' }),
  working: z.enum(MatchWorking.options, { message: 'Say whether the match is working.' }),
  comment: z
    .string()
    .trim()
    .max(2000, 'Use at most 2000 characters.')
    .transform((text) => (text === '' ? null : text))
    .nullable(),
  shareComment: z.boolean(),
}).refine((a) => !a.shareComment || a.comment !== null, {
  path: ['shareComment'],
  message: 'Write a comment to share, or leave this unticked.',
});
export type AnswerCheckInInput = z.input<typeof AnswerCheckInInput>;

/** A check-in as its own respondent sees it. */
export const MyCheckIn = z.object({
  id: z.string(),
  occasion: CheckInOccasion,
  cohortName: z.string(),
  myRole: z.enum(['MENTOR', 'MENTEE']),
  /** The other person of the match. */
  otherName: z.string(),
  openedAt: z.date(),
  answeredAt: z.date().nullable(),
});
export type MyCheckIn = z.infer<typeof MyCheckIn>;

/** A "this match isn't working" answer, passed on with the person's consent. */
export const CheckInConcern = z.object({
  id: z.string(),
  cohortId: z.string(),
  cohortName: z.string(),
  personName: z.string(),
  role: z.enum(['MENTOR', 'MENTEE']),
  otherName: z.string(),
  occasion: CheckInOccasion,
  raisedAt: z.date(),
  handledAt: z.date().nullable(),
  /** Only when the person chose to share it with the programme team. */
  sharedComment: z.string().nullable(),
});
export type CheckInConcern = z.infer<typeof CheckInConcern>;

export const ListConcernsInput = z.object({ includeHandled: z.boolean().default(false) });
export type ListConcernsInput = z.input<typeof ListConcernsInput>;

export const ConcernRef = z.object({ concernId: z.string().min(1) });
export type ConcernRef = z.infer<typeof ConcernRef>;
