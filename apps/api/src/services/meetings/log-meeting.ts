import type { MeetingSaved, ParsedLogMeeting } from '@preceptor/domain/meetings/meeting-schemas';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import { assertLogOpen, pairMatchFor } from '../access/pair-match.ts';
import { writeAudit } from '../audit-log.ts';
import { notify } from '../notifications/notify.ts';
import type { ActorContext } from '../service-context.ts';
import { assertMeetingInMatch } from './meeting-time.ts';

/** Either person of an active match records a meeting; the other is told, without the notes. */
export async function logMeeting(ctx: ActorContext, input: ParsedLogMeeting): Promise<MeetingSaved> {
  const { db, meta } = ctx;
  const userId = ctx.actor.userId;
  return db.$transaction(async (tx) => {
    const match = await pairMatchFor(tx, userId, input.matchId);
    assertLogOpen(match);
    assertMeetingInMatch(input.occurredAt, match.startedAt);
    const meeting = await tx.meeting.create({
      data: {
        matchId: match.id,
        loggedById: userId,
        occurredAt: input.occurredAt,
        durationMinutes: input.durationMinutes,
        notes: input.notes,
      },
      select: { id: true },
    });
    await notify(tx, [
      {
        userId: match.other.userId,
        kind: 'meeting.logged',
        title: `${match.me.name} logged a ${input.durationMinutes}-minute meeting with you`,
        link: notificationLink('matchMeetings', { matchId: match.id }),
      },
    ]);
    await writeAudit(tx, userId, meta, {
      action: 'meeting.log',
      entityType: 'Meeting',
      entityId: meeting.id,
      hospitalIds: match.hospitalIds,
      // The notes are the pair's alone; the log records only that a meeting was recorded.
      metadata: {
        matchId: match.id,
        occurredAt: input.occurredAt.toISOString(),
        durationMinutes: input.durationMinutes,
      },
    });
    return { meetingId: meeting.id };
  });
}
