import { meetingTotals } from '@preceptor/domain/meetings/meeting-rules';
import type { MatchMeetings } from '@preceptor/domain/meetings/meeting-schemas';
import { pairMatchFor } from '../access/pair-match.ts';
import type { ActorContext } from '../service-context.ts';

/** The pair's meetings, newest first, for its mentor or mentee only. */
export async function listMatchMeetings(
  ctx: ActorContext,
  input: { matchId: string },
): Promise<MatchMeetings> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const { matchId } = input;
  const match = await pairMatchFor(db, userId, matchId);
  const meetings = await db.meeting.findMany({
    where: { matchId },
    orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      occurredAt: true,
      durationMinutes: true,
      notes: true,
      loggedBy: { select: { id: true, firstName: true, lastName: true } },
    },
  });
  return {
    matchId: match.id,
    cohortName: match.cohortName,
    myRole: match.myRole,
    otherName: match.other.name,
    startedAt: match.startedAt,
    canLog: match.open,
    totals: meetingTotals(meetings),
    meetings: meetings.map((meeting) => ({
      id: meeting.id,
      occurredAt: meeting.occurredAt,
      durationMinutes: meeting.durationMinutes,
      notes: meeting.notes,
      loggedBy: {
        userId: meeting.loggedBy.id,
        name: `${meeting.loggedBy.firstName} ${meeting.loggedBy.lastName}`,
      },
      loggedByMe: meeting.loggedBy.id === userId,
    })),
  };
}
