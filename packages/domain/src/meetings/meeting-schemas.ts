import { z } from 'zod';

export const MEETING_MIN_MINUTES = 5;
export const MEETING_MAX_MINUTES = 480;
export const MEETING_NOTES_MAX_LENGTH = 4000;

/**
 * A browser's clock may run a little ahead of the server's: a meeting logged "now" must not be
 * refused as being in the future.
 */
export const CLOCK_SKEW_MS = 2 * 60 * 1000;

const occurredAt = z
  .date({ error: 'Enter when the meeting took place.' })
  .refine((date) => !Number.isNaN(date.getTime()), 'Enter when the meeting took place.')
  .refine(
    (date) => date.getTime() <= Date.now() + CLOCK_SKEW_MS,
    'A meeting cannot be logged in the future.',
  );

const durationMinutes = z
  .number({ error: 'Enter how long the meeting lasted, in minutes.' })
  .int('Enter whole minutes.')
  .min(MEETING_MIN_MINUTES, `A meeting lasts at least ${MEETING_MIN_MINUTES} minutes.`)
  .max(MEETING_MAX_MINUTES, `A meeting lasts at most ${MEETING_MAX_MINUTES} minutes (8 hours).`);

/** Blank notes are no notes: the list then says so instead of showing an empty paragraph. */
const notes = z
  .string()
  .max(MEETING_NOTES_MAX_LENGTH, `Keep notes under ${MEETING_NOTES_MAX_LENGTH} characters.`)
  .transform((text) => (text.trim() === '' ? null : text.trim()))
  .nullish()
  .transform((text) => text ?? null);

/** What a person records about one meeting; whether it fits the match is checked against the match. */
export const MeetingDetails = z.object({ occurredAt, durationMinutes, notes });
export type MeetingDetails = z.input<typeof MeetingDetails>;

export const LogMeetingInput = MeetingDetails.extend({ matchId: z.uuid('That is not a match.') });
export type LogMeetingInput = z.input<typeof LogMeetingInput>;
export type ParsedLogMeeting = z.output<typeof LogMeetingInput>;

export const EditMeetingInput = MeetingDetails.extend({ meetingId: z.uuid('That is not a meeting.') });
export type EditMeetingInput = z.input<typeof EditMeetingInput>;
export type ParsedEditMeeting = z.output<typeof EditMeetingInput>;

export const MeetingRef = z.object({ meetingId: z.uuid('That is not a meeting.') });
export type MeetingRef = z.infer<typeof MeetingRef>;

export const MatchRef = z.object({ matchId: z.uuid('That is not a match.') });
export type MatchRef = z.infer<typeof MatchRef>;

/** One meeting as either person of the pair sees it; staff never receive this shape. */
export const MeetingEntry = z.object({
  id: z.string(),
  occurredAt: z.date(),
  durationMinutes: z.number().int(),
  notes: z.string().nullable(),
  loggedBy: z.object({ userId: z.string(), name: z.string() }),
  loggedByMe: z.boolean(),
});
export type MeetingEntry = z.infer<typeof MeetingEntry>;

export const MeetingTotals = z.object({
  meetings: z.number().int().nonnegative(),
  minutes: z.number().int().nonnegative(),
});
export type MeetingTotals = z.infer<typeof MeetingTotals>;

/** A pair's meeting log, newest first, with what the viewer may do. */
export const MatchMeetings = z.object({
  matchId: z.string(),
  cohortName: z.string(),
  myRole: z.enum(['MENTOR', 'MENTEE']),
  otherName: z.string(),
  /** Meetings before this are refused. */
  startedAt: z.date(),
  /** False once the match has ended: the log stays readable but closed. */
  canLog: z.boolean(),
  totals: MeetingTotals,
  meetings: z.array(MeetingEntry),
});
export type MatchMeetings = z.infer<typeof MatchMeetings>;

/** A changed or new meeting's id. */
export const MeetingSaved = z.object({ meetingId: z.string() });
export type MeetingSaved = z.infer<typeof MeetingSaved>;
