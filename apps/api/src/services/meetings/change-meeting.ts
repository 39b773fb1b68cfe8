import type { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { MeetingSaved, ParsedEditMeeting } from '@preceptor/domain/meetings/meeting-schemas';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import { assertLogOpen, type PairMatch, pairMatchFor } from '../access/pair-match.ts';
import { writeAudit } from '../audit-log.ts';
import { notify } from '../notifications/notify.ts';
import type { ActorContext } from '../service-context.ts';
import { assertMeetingInMatch } from './meeting-time.ts';

const NOT_YOURS = 'No such meeting that you logged.';

/**
 * A meeting only its logger may change, in a match still open. The other person of the pair
 * may read it but gets "not found" for changes, like everyone else.
 */
async function ownMeeting(tx: Prisma.TransactionClient, userId: string, meetingId: string) {
  const meeting = await tx.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      matchId: true,
      loggedById: true,
      occurredAt: true,
      durationMinutes: true,
      notes: true,
    },
  });
  if (!meeting || meeting.loggedById !== userId) throw new DomainError('NOT_FOUND', NOT_YOURS);
  const match = await pairMatchFor(tx, userId, meeting.matchId);
  assertLogOpen(match);
  return { meeting, match };
}

function tellTheOther(tx: Prisma.TransactionClient, match: PairMatch, what: 'updated' | 'removed') {
  return notify(tx, [
    {
      userId: match.other.userId,
      kind: 'meeting.changed',
      title: `${match.me.name} ${what} a meeting they logged with you`,
      link: notificationLink('matchMeetings', { matchId: match.id }),
    },
  ]);
}

export async function editMeeting(ctx: ActorContext, input: ParsedEditMeeting): Promise<MeetingSaved> {
  const { db, meta } = ctx;
  const userId = ctx.actor.userId;
  return db.$transaction(async (tx) => {
    const { meeting, match } = await ownMeeting(tx, userId, input.meetingId);
    assertMeetingInMatch(input.occurredAt, match.startedAt);
    const changed = [
      meeting.occurredAt.getTime() !== input.occurredAt.getTime() ? 'occurredAt' : null,
      meeting.durationMinutes !== input.durationMinutes ? 'durationMinutes' : null,
      meeting.notes !== input.notes ? 'notes' : null,
    ].filter((field) => field !== null);
    if (changed.length === 0) return { meetingId: meeting.id };
    // Guarded by the logger, so a concurrent removal makes this a clear "not found", not a crash.
    const updated = await tx.meeting.updateMany({
      where: { id: meeting.id, loggedById: userId },
      data: { occurredAt: input.occurredAt, durationMinutes: input.durationMinutes, notes: input.notes },
    });
    if (updated.count === 0) throw new DomainError('NOT_FOUND', NOT_YOURS);
    await tellTheOther(tx, match, 'updated');
    await writeAudit(tx, userId, meta, {
      action: 'meeting.edit',
      entityType: 'Meeting',
      entityId: meeting.id,
      hospitalIds: match.hospitalIds,
      // Which fields changed, never the notes themselves.
      metadata: { matchId: match.id, changed },
    });
    return { meetingId: meeting.id };
  });
}

export async function deleteMeeting(ctx: ActorContext, input: { meetingId: string }): Promise<MeetingSaved> {
  const { db, meta } = ctx;
  const userId = ctx.actor.userId;
  const { meetingId } = input;
  return db.$transaction(async (tx) => {
    const { meeting, match } = await ownMeeting(tx, userId, meetingId);
    const removed = await tx.meeting.deleteMany({ where: { id: meeting.id, loggedById: userId } });
    if (removed.count === 0) throw new DomainError('NOT_FOUND', NOT_YOURS);
    await tellTheOther(tx, match, 'removed');
    await writeAudit(tx, userId, meta, {
      action: 'meeting.delete',
      entityType: 'Meeting',
      entityId: meeting.id,
      hospitalIds: match.hospitalIds,
      metadata: {
        matchId: match.id,
        occurredAt: meeting.occurredAt.toISOString(),
        durationMinutes: meeting.durationMinutes,
      },
    });
    return { meetingId: meeting.id };
  });
}
