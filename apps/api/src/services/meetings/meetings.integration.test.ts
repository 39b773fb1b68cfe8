import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_EMAILS } from '../../authorization/actors.ts';
import { demoPairMatchId, freshActiveMatch } from '../../authorization/matching-fixtures.ts';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/*
 * The pair's meeting log on PostgreSQL: the mentor and mentee read and log; only the logger
 * changes an entry; the other side is told without the notes; everyone else — another pair,
 * staff of the pair's own hospital, the network admin — is refused the log and its notes.
 */

let app: TestApp;
let mentee: TestClient;
let mentor: TestClient;
let matchId: string;

beforeAll(async () => {
  app = await startTestApp();
  mentee = await app.clientFor(ACTOR_EMAILS.mentee);
  mentor = await app.clientFor(ACTOR_EMAILS.mentor);
  matchId = await demoPairMatchId(app.prisma);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);
const uniqueNotes = (what: string) => `${what} ${crypto.randomUUID()}`;

/** How a call was refused: its code and the per-field messages the portal shows. */
async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as {
      code?: string;
      fieldErrors?: Record<string, string[]>;
      details?: { fieldErrors?: Record<string, string[]> };
    };
    return { code: data.code, fieldErrors: { ...data.fieldErrors, ...data.details?.fieldErrors } };
  }
  throw new Error('The call was not refused');
}

async function notificationsOf(email: string) {
  return app.prisma.notification.findMany({
    where: { user: { email }, kind: { startsWith: 'meeting.' } },
    orderBy: { createdAt: 'desc' },
  });
}

describe('logging and reading a meeting', () => {
  it('the mentee logs one; the mentor reads it with its notes and is told without them', async () => {
    const notes = uniqueNotes('Walked through the ECMO circuit checklist.');
    const before = (await notificationsOf(ACTOR_EMAILS.mentor)).length;
    const { meetingId } = await mentee.meetings.log.mutate({
      matchId,
      occurredAt: hoursAgo(3),
      durationMinutes: 50,
      notes,
    });

    const log = await mentor.meetings.forMatch.query({ matchId });
    const entry = log.meetings.find((m) => m.id === meetingId);
    expect(entry).toMatchObject({
      notes,
      durationMinutes: 50,
      loggedByMe: false,
      loggedBy: { name: 'Jordan Reyes' },
    });
    expect(log.myRole).toBe('MENTOR');
    expect(log.canLog).toBe(true);
    expect(log.totals.meetings).toBe(log.meetings.length);
    expect(log.totals.minutes).toBe(log.meetings.reduce((sum, m) => sum + m.durationMinutes, 0));
    expect(
      (await mentee.meetings.forMatch.query({ matchId })).meetings.find((m) => m.id === meetingId),
    ).toMatchObject({ loggedByMe: true });

    const told = await notificationsOf(ACTOR_EMAILS.mentor);
    expect(told).toHaveLength(before + 1);
    expect(told[0]).toMatchObject({ kind: 'meeting.logged', link: `/meetings/${matchId}` });
    expect(JSON.stringify(told[0])).not.toContain(notes);
    expect(await notificationsOf(ACTOR_EMAILS.mentee)).not.toContainEqual(
      expect.objectContaining({ title: told[0]?.title }),
    );

    const audit = await app.prisma.auditLog.findFirstOrThrow({
      where: { action: 'meeting.log', entityId: meetingId },
    });
    expect(audit.hospitalIds.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(notes);
  });

  it('refuses the log and its notes to another pair, staff and the admin', async () => {
    const notes = uniqueNotes('Private worry about the night rota.');
    await mentor.meetings.log.mutate({ matchId, occurredAt: hoursAgo(2), durationMinutes: 30, notes });
    for (const email of [
      ACTOR_EMAILS.otherMentee,
      ACTOR_EMAILS.otherMentor,
      ACTOR_EMAILS.coordinator,
      ACTOR_EMAILS.otherCoordinator,
      ACTOR_EMAILS.admin,
    ]) {
      const client = await app.clientFor(email);
      expect(await outcomeCode(client.meetings.forMatch.query({ matchId })), email).toBe('NOT_FOUND');
      expect(
        await outcomeCode(
          client.meetings.log.mutate({ matchId, occurredAt: hoursAgo(1), durationMinutes: 30 }),
        ),
        email,
      ).toBe('NOT_FOUND');
    }
    // Staff see that the pair meets — how often and when last — and not one word of the notes.
    const cohort = await app.prisma.match.findUniqueOrThrow({
      where: { id: matchId },
      select: { cohortId: true },
    });
    const stored = await app.prisma.meeting.aggregate({
      where: { matchId },
      _count: { _all: true },
      _max: { occurredAt: true },
    });
    for (const email of [ACTOR_EMAILS.coordinator, ACTOR_EMAILS.admin]) {
      const rows = await (await app.clientFor(email)).matching.cohortMatches.query({
        cohortId: cohort.cohortId,
      });
      expect(rows.find((row) => row.matchId === matchId)?.meetings).toEqual({
        count: stored._count._all,
        lastAt: stored._max.occurredAt,
      });
      expect(JSON.stringify(rows)).not.toContain(notes);
    }
    expect(await outcomeCode(app.anonymous().meetings.forMatch.query({ matchId }))).toBe('UNAUTHORIZED');
  });

  it('refuses a meeting before the match started or in the future, at the field, saving nothing', async () => {
    const count = await app.prisma.meeting.count({ where: { matchId } });
    const started = await app.prisma.match.findUniqueOrThrow({
      where: { id: matchId },
      select: { activatedAt: true },
    });
    const early = await refusal(
      mentee.meetings.log.mutate({
        matchId,
        occurredAt: new Date((started.activatedAt as Date).getTime() - 2 * 86_400_000),
        durationMinutes: 30,
      }),
    );
    expect(early).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: { occurredAt: ['This meeting is dated before your match started.'] },
    });
    const future = await refusal(
      mentee.meetings.log.mutate({
        matchId,
        occurredAt: new Date(Date.now() + 86_400_000),
        durationMinutes: 30,
      }),
    );
    expect(future).toEqual({
      code: 'BAD_REQUEST',
      fieldErrors: { occurredAt: ['A meeting cannot be logged in the future.'] },
    });
    const tooLong = await refusal(
      mentee.meetings.log.mutate({ matchId, occurredAt: hoursAgo(1), durationMinutes: 600 }),
    );
    expect(tooLong.fieldErrors).toEqual({
      durationMinutes: ['A meeting lasts at most 480 minutes (8 hours).'],
    });
    expect(await app.prisma.meeting.count({ where: { matchId } })).toBe(count);
  });
});

describe('changing a meeting', () => {
  it('only its logger edits it, the other side is told, and the audit log names fields, not notes', async () => {
    const { meetingId } = await mentee.meetings.log.mutate({
      matchId,
      occurredAt: hoursAgo(5),
      durationMinutes: 30,
      notes: uniqueNotes('First draft of notes.'),
    });
    const edit = {
      meetingId,
      occurredAt: hoursAgo(4),
      durationMinutes: 45,
      notes: uniqueNotes('Better notes.'),
    };

    expect(await outcomeCode(mentor.meetings.edit.mutate(edit))).toBe('NOT_FOUND');
    expect(await outcomeCode(mentor.meetings.delete.mutate({ meetingId }))).toBe('NOT_FOUND');
    const coordinator = await app.clientFor(ACTOR_EMAILS.coordinator);
    expect(await outcomeCode(coordinator.meetings.delete.mutate({ meetingId }))).toBe('NOT_FOUND');
    expect(await app.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({
      durationMinutes: 30,
    });

    await mentee.meetings.edit.mutate(edit);
    const stored = await app.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(stored).toMatchObject({ durationMinutes: 45, notes: edit.notes, occurredAt: edit.occurredAt });
    expect((await notificationsOf(ACTOR_EMAILS.mentor))[0]).toMatchObject({
      kind: 'meeting.changed',
      title: 'Jordan Reyes updated a meeting they logged with you',
    });
    const audit = await app.prisma.auditLog.findFirstOrThrow({
      where: { action: 'meeting.edit', entityId: meetingId },
    });
    expect(audit.metadata).toEqual({ matchId, changed: ['occurredAt', 'durationMinutes', 'notes'] });
  });

  it('only its logger removes it, and the removal is audited', async () => {
    const { meetingId } = await mentor.meetings.log.mutate({
      matchId,
      occurredAt: hoursAgo(6),
      durationMinutes: 20,
    });
    expect(await outcomeCode(mentee.meetings.delete.mutate({ meetingId }))).toBe('NOT_FOUND');
    await mentor.meetings.delete.mutate({ meetingId });
    expect(await app.prisma.meeting.findUnique({ where: { id: meetingId } })).toBeNull();
    expect(
      await app.prisma.auditLog.count({ where: { action: 'meeting.delete', entityId: meetingId } }),
    ).toBe(1);
    expect((await notificationsOf(ACTOR_EMAILS.mentee))[0]).toMatchObject({
      kind: 'meeting.changed',
      link: `/meetings/${matchId}`,
    });
    expect(await outcomeCode(mentor.meetings.delete.mutate({ meetingId }))).toBe('NOT_FOUND');
  });
});

describe('an ended match', () => {
  it('keeps its log readable by the pair but closed to new entries and changes', async () => {
    const menteeId = await app.userId(ACTOR_EMAILS.mentee);
    const endedMatchId = await freshActiveMatch(app.prisma, menteeId);
    const { meetingId } = await mentee.meetings.log.mutate({
      matchId: endedMatchId,
      occurredAt: new Date(),
      durationMinutes: 25,
      notes: 'Before it ended',
    });
    await app.prisma.match.update({
      where: { id: endedMatchId },
      data: { status: 'ENDED', endedAt: new Date() },
    });

    const log = await mentee.meetings.forMatch.query({ matchId: endedMatchId });
    expect(log.canLog).toBe(false);
    expect(log.meetings.map((m) => m.notes)).toEqual(['Before it ended']);
    expect(
      await outcomeCode(
        mentee.meetings.log.mutate({ matchId: endedMatchId, occurredAt: new Date(), durationMinutes: 30 }),
      ),
    ).toBe('PRECONDITION_FAILED');
    expect(await outcomeCode(mentee.meetings.delete.mutate({ meetingId }))).toBe('PRECONDITION_FAILED');
  });

  it('is not found for a proposed match, even to its own people', async () => {
    const menteeId = await app.userId(ACTOR_EMAILS.mentee);
    const proposed = await freshActiveMatch(app.prisma, menteeId);
    await app.prisma.match.update({
      where: { id: proposed },
      data: { status: 'PROPOSED', activatedAt: null },
    });
    expect(await outcomeCode(mentee.meetings.forMatch.query({ matchId: proposed }))).toBe('NOT_FOUND');
  });
});
