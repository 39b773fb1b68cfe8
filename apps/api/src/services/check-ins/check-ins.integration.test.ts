import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import type { Actor } from '@preceptor/domain/permissions/actor';
import { AnswerCheckInInput } from '@preceptor/domain/programme/check-in-schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNetwork, person, type TestNetwork } from '../../testing/programme-network.ts';
import { fixedClock, testActorContext, testServiceContext } from '../../testing/service-context.ts';
import { scanCheckIns } from '../programme/scan-check-ins.ts';
import { answerCheckIn } from './answer-check-in.ts';
import { handleConcern, listConcerns } from './check-in-concerns.ts';
import { checkInSummaryByCohort } from './check-in-summary.ts';
import { getMyCheckIn, listMyCheckIns } from './my-check-ins.ts';

/* Check-ins on PostgreSQL: opened by the scan, answered by their own person, seen by staff only pooled. */

let database: TestDatabase;
let network: TestNetwork;
const clock = fixedClock(new Date('2027-02-04T10:00:00Z'));
const as = (userId: string, staff: Partial<Actor> = {}) =>
  testActorContext(
    database.prisma,
    { userId, isNetworkAdmin: false, coordinatedHospitalIds: [], ...staff },
    { clock },
  );
const answer = (fields: Partial<AnswerCheckInInput> & { checkInId: string }) =>
  AnswerCheckInInput.parse({
    satisfaction: 4,
    meetingFrequency: 'MONTHLY',
    working: 'YES',
    comment: '',
    shareComment: false,
    ...fields,
  });

beforeAll(async () => {
  database = await createTestDatabase();
  network = await buildNetwork(database.prisma);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

async function openCheckIn(userId: string) {
  const [mine] = await listMyCheckIns(as(userId));
  if (!mine) throw new Error('no open check-in');
  return mine;
}

describe('check-ins', () => {
  it('open 30 days after the match starts, once, for mentor and mentee', async () => {
    clock.set(new Date('2027-02-03T10:00:00Z'));
    expect((await scanCheckIns(testServiceContext(database.prisma, { clock }))).due).toBe(0);
    clock.set(new Date('2027-02-04T10:00:00Z'));
    const first = await scanCheckIns(testServiceContext(database.prisma, { clock }));
    expect(first.opened.DAY_30).toBe(2);
    const again = await scanCheckIns(testServiceContext(database.prisma, { clock }));
    expect(again.opened.DAY_30).toBe(0);
    expect(await database.prisma.checkIn.count({ where: { matchId: network.matchId } })).toBe(2);
    const notice = await database.prisma.notification.findFirstOrThrow({
      where: { userId: network.menteeId, kind: 'checkin.due' },
    });
    expect(notice.title).toBe('How is your match with Mona Tester going?');
    expect(notice.link).toMatch(/^\/check-ins\//);
    expect(await database.prisma.outboxEmail.count({ where: { kind: 'checkin.due' } })).toBe(2);
    expect(await database.prisma.auditLog.count({ where: { action: 'programme.checkins.scan' } })).toBe(3);
  });

  it('nobody but the respondent reads a check-in: not the other person, not the coordinator', async () => {
    const mine = await openCheckIn(network.menteeId);
    expect(mine).toMatchObject({ myRole: 'MENTEE', otherName: 'Mona Tester', occasion: 'DAY_30' });
    await expect(getMyCheckIn(as(network.mentorId), { checkInId: mine.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      getMyCheckIn(as(network.coordinator.userId, network.coordinator), { checkInId: mine.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(answerCheckIn(as(network.mentorId), answer({ checkInId: mine.id }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('"not working" raises a concern for the coordinator, with the comment only when shared', async () => {
    const mine = await openCheckIn(network.menteeId);
    const result = await answerCheckIn(
      as(network.menteeId),
      answer({
        checkInId: mine.id,
        satisfaction: 2,
        working: 'NO',
        comment: 'We never find a time.',
        shareComment: true,
      }),
    );
    expect(result).toEqual({ concernRaised: true });
    await expect(answerCheckIn(as(network.menteeId), answer({ checkInId: mine.id }))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const coordinator = as(network.coordinator.userId, network.coordinator);
    const [concern] = await listConcerns(coordinator, {});
    expect(concern).toMatchObject({
      personName: 'Eli Tester',
      otherName: 'Mona Tester',
      role: 'MENTEE',
      sharedComment: 'We never find a time.',
      handledAt: null,
    });
    const email = await database.prisma.outboxEmail.findFirstOrThrow({
      where: { recipientId: network.coordinator.userId, kind: 'checkin.concern' },
    });
    // The email names neither the person nor the answer.
    expect(`${email.subject}${email.text}`).not.toMatch(/Eli|never find/);

    // The mentor says it is not working too, without sharing the comment.
    const mentorCheckIn = await openCheckIn(network.mentorId);
    await answerCheckIn(
      as(network.mentorId),
      answer({ checkInId: mentorCheckIn.id, working: 'NO', comment: 'private words', shareComment: false }),
    );
    const concerns = await listConcerns(coordinator, {});
    expect(concerns.find((c) => c.role === 'MENTOR')?.sharedComment).toBeNull();
    expect(JSON.stringify(concerns)).not.toContain('private words');

    // A coordinator of another hospital sees none of them and cannot handle them.
    const elsewhere = await database.prisma.hospital.create({
      data: {
        name: 'Elsewhere',
        code: `E${crypto.randomUUID().slice(0, 6)}`,
        city: 'X',
        state: 'OH',
        timeZone: 'UTC',
      },
    });
    const stranger = as(await person(database.prisma, elsewhere.id, 'Sam'), {
      coordinatedHospitalIds: [elsewhere.id],
    });
    expect(await listConcerns(stranger, {})).toEqual([]);
    await expect(handleConcern(stranger, { concernId: concern?.id ?? '' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    await handleConcern(coordinator, { concernId: concern?.id ?? '' });
    expect((await listConcerns(coordinator, {})).map((c) => c.role)).toEqual(['MENTOR']);
    expect(await listConcerns(coordinator, { includeHandled: true })).toHaveLength(2);
  });

  it('staff see figures only once three people answered', async () => {
    const coordinator = as(network.coordinator.userId, network.coordinator);
    const summary = async () =>
      (await checkInSummaryByCohort(coordinator)).find((s) => s.groupId === network.cohortId);
    expect(await summary()).toMatchObject({ shown: false, respondents: null, averageSatisfaction: null });

    // A third person in the cohort answers: now there are figures, and still no comment.
    const third = await person(database.prisma, network.hospitalId, 'Tia');
    const membership = await database.prisma.membership.create({
      data: { cohortId: network.cohortId, userId: third, role: 'MENTEE' },
    });
    const mentorMembership = await database.prisma.membership.findFirstOrThrow({
      where: { cohortId: network.cohortId, userId: network.mentorId },
    });
    const match = await database.prisma.match.create({
      data: {
        cohortId: network.cohortId,
        mentorMembershipId: mentorMembership.id,
        menteeMembershipId: membership.id,
        status: 'ACTIVE',
        score: 70,
        factors: [],
        activatedAt: new Date('2027-01-05T10:00:00Z'),
      },
    });
    const checkIn = await database.prisma.checkIn.create({
      data: { matchId: match.id, userId: third, role: 'MENTEE', occasion: 'DAY_30', openedAt: clock.now() },
    });
    await answerCheckIn(
      as(third),
      answer({ checkInId: checkIn.id, satisfaction: 5, comment: 'shared words', shareComment: true }),
    );
    const figures = await summary();
    expect(figures).toMatchObject({
      shown: true,
      respondents: 3,
      averageSatisfaction: 3.7,
      workingPercent: { yes: 33, notSure: 0, no: 67 },
    });
    expect(JSON.stringify(figures)).not.toContain('words');
  });
});
