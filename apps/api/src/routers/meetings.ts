import {
  EditMeetingInput,
  LogMeetingInput,
  MatchMeetings,
  MatchRef,
  MeetingRef,
  MeetingSaved,
} from '@preceptor/domain/meetings/meeting-schemas';
import { deleteMeeting, editMeeting } from '../services/meetings/change-meeting.ts';
import { logMeeting } from '../services/meetings/log-meeting.ts';
import { listMatchMeetings } from '../services/meetings/match-meetings.ts';
import { router } from '../trpc/init.ts';
import { authedProcedure } from '../trpc/procedures.ts';

/**
 * A pair's meeting log. The role belongs to the match, not the person, so these are open to
 * anyone signed in and the services admit only the match's own mentor and mentee.
 */
export const meetingsRouter = router({
  forMatch: authedProcedure
    .input(MatchRef)
    .output(MatchMeetings)
    .query(({ ctx, input }) => listMatchMeetings(ctx, input)),
  log: authedProcedure
    .input(LogMeetingInput)
    .output(MeetingSaved)
    .mutation(({ ctx, input }) => logMeeting(ctx, input)),
  edit: authedProcedure
    .input(EditMeetingInput)
    .output(MeetingSaved)
    .mutation(({ ctx, input }) => editMeeting(ctx, input)),
  delete: authedProcedure
    .input(MeetingRef)
    .output(MeetingSaved)
    .mutation(({ ctx, input }) => deleteMeeting(ctx, input)),
});
