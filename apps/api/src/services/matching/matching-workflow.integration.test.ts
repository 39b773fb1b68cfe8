import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeCode, startTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let app: TestApp;
let coordinator: TestClient;
let cardiacId: string;
let neuroId: string;

beforeAll(async () => {
  app = await startTestApp();
  coordinator = await app.clientFor('coordinator@preceptor.test');
  const cohorts = await app.prisma.cohort.findMany({
    select: { id: true, hospitals: { select: { hospital: { select: { code: true } } } } },
  });
  cardiacId = cohorts.find((c) => c.hospitals.some((h) => h.hospital.code === 'SMH'))?.id as string;
  neuroId = cohorts.find((c) => c.hospitals.some((h) => h.hospital.code === 'LUH'))?.id as string;
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function activeMatches(cohortId: string) {
  return app.prisma.match.findMany({
    where: { cohortId, status: 'ACTIVE' },
    orderBy: { id: 'asc' },
    select: { id: true, menteeMembershipId: true, mentorMembershipId: true, activatedAt: true, score: true },
  });
}

/** Every mentor's active matches fit their capacity. */
async function expectCapacitiesRespected(cohortId: string, statuses: ('ACTIVE' | 'PROPOSED')[]) {
  const mentors = await app.prisma.membership.findMany({
    where: { cohortId, role: 'MENTOR' },
    select: {
      capacity: true,
      _count: { select: { matchesAsMentor: { where: { status: { in: statuses } } } } },
    },
  });
  for (const mentor of mentors)
    expect(mentor._count.matchesAsMentor).toBeLessThanOrEqual(mentor.capacity ?? 0);
}

async function auditCount(action: string) {
  return app.prisma.auditLog.count({ where: { action } });
}

describe('matching workflow: run → pin → exclude → re-run → publish → end → re-match', () => {
  it('lets a mentee rank up to three suggested mentors', async () => {
    const mentee = await app.clientFor('mentee@preceptor.test');
    const [cohort] = await mentee.matching.suggestions.query();
    if (!cohort) throw new Error('no suggestions');
    expect(cohort.suggestions.length).toBeGreaterThan(2);
    const top = cohort.suggestions.slice(0, 3).map((s) => s.mentor.membershipId);
    const saved = await mentee.matching.setPreferences.mutate({
      cohortId: cohort.cohortId,
      mentorMembershipIds: top,
    });
    expect(saved.find((c) => c.cohortId === cohort.cohortId)?.preferences).toEqual(top);
    const tooMany = [...top, cohort.suggestions[3]?.mentor.membershipId ?? 'x'];
    expect(
      await outcomeCode(
        mentee.matching.setPreferences.mutate({ cohortId: cohort.cohortId, mentorMembershipIds: tooMany }),
      ),
    ).toBe('BAD_REQUEST');
    const stranger = await app.prisma.membership.findFirstOrThrow({
      where: { cohortId: neuroId, role: 'MENTOR' },
    });
    expect(
      await outcomeCode(
        mentee.matching.setPreferences.mutate({
          cohortId: cohort.cohortId,
          mentorMembershipIds: [stranger.id],
        }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('runs, pins and excludes, re-runs, publishes and re-matches only the people affected', async () => {
    const before = await activeMatches(cardiacId);
    expect(before.length).toBeGreaterThan(0);

    await coordinator.matching.run.mutate({ cohortId: cardiacId });
    const first = await coordinator.matching.preview.query({ cohortId: cardiacId });
    expect(first.run?.status).toBe('PREVIEW');
    expect(first.proposals.length).toBeGreaterThan(1);
    const activeMentees = new Set(before.map((m) => m.menteeMembershipId));
    for (const p of first.proposals) {
      expect(activeMentees.has(p.mentee.membershipId)).toBe(false);
      expect(p.factors.length).toBe(8);
      expect(p.score).toBeGreaterThan(0);
    }
    for (const u of first.unmatched) expect(u.detail.length).toBeGreaterThan(5);
    await expectCapacitiesRespected(cardiacId, ['ACTIVE', 'PROPOSED']);

    // Exclude the first proposal, pin the second.
    const [excluded, pinned] = first.proposals as [(typeof first.proposals)[0], (typeof first.proposals)[0]];
    const pair = (p: typeof excluded) => ({
      cohortId: cardiacId,
      menteeMembershipId: p.mentee.membershipId,
      mentorMembershipId: p.mentor.membershipId,
    });
    await coordinator.matching.exclude.mutate({ ...pair(excluded), reason: 'They work the same shifts' });
    await coordinator.matching.pin.mutate(pair(pinned));
    await coordinator.matching.run.mutate({ cohortId: cardiacId });
    const second = await coordinator.matching.preview.query({ cohortId: cardiacId });
    const key = (p: { mentee: { membershipId: string }; mentor: { membershipId: string } }) =>
      `${p.mentee.membershipId}|${p.mentor.membershipId}`;
    expect(second.proposals.map(key)).not.toContain(key(excluded));
    expect(second.proposals.find((p) => key(p) === key(pinned))?.pinned).toBe(true);
    expect(second.rules.map((r) => r.kind).sort()).toEqual(['EXCLUDE', 'PIN']);
    expect(
      await app.prisma.matchRun.findUnique({ where: { id: first.run?.id ?? '' }, select: { status: true } }),
    ).toEqual({
      status: 'DISCARDED',
    });
    expect(await app.prisma.match.count({ where: { runId: first.run?.id ?? '' } })).toBe(0);

    const publishAudits = await auditCount('match.publish');
    // The coordinator's preview lists the pairs involving SMH people; the run holds PCH's too.
    const proposed = await app.prisma.match.count({
      where: { runId: second.run?.id ?? '', status: 'PROPOSED' },
    });
    expect(proposed).toBeGreaterThanOrEqual(second.proposals.length);
    const published = await coordinator.matching.publish.mutate({ cohortId: cardiacId });
    expect(published.activated).toBe(proposed);
    expect(await auditCount('match.publish')).toBe(publishAudits + published.activated);
    const pinnedMatch = await app.prisma.match.findFirstOrThrow({
      where: { menteeMembershipId: pinned.mentee.membershipId, status: 'ACTIVE' },
      select: { id: true, mentor: { select: { userId: true } }, mentee: { select: { userId: true } } },
    });
    expect(
      await app.prisma.notification.count({
        where: { userId: pinnedMatch.mentee.userId, kind: 'match.published' },
      }),
    ).toBe(1);
    expect(
      await app.prisma.notification.count({
        where: { userId: pinnedMatch.mentor.userId, kind: 'match.published' },
      }),
    ).toBeGreaterThan(0);
    await expectCapacitiesRespected(cardiacId, ['ACTIVE']);
    expect(await outcomeCode(coordinator.matching.publish.mutate({ cohortId: cardiacId }))).toBe(
      'PRECONDITION_FAILED',
    );

    // The earlier pairs were untouched by the run and the publication.
    const afterPublish = await activeMatches(cardiacId);
    for (const old of before) expect(afterPublish).toContainEqual(old);

    // End one match: its mentee (only) is re-matched by the next run, never with the same mentor.
    const endAudits = await auditCount('match.end');
    await coordinator.matching.endMatch.mutate({
      matchId: pinnedMatch.id,
      reason: 'Mentor moved to night shifts',
    });
    expect(await auditCount('match.end')).toBe(endAudits + 1);
    const ended = await app.prisma.match.findUniqueOrThrow({ where: { id: pinnedMatch.id } });
    expect([ended.status, ended.endReason]).toEqual(['ENDED', 'Mentor moved to night shifts']);
    expect(
      await outcomeCode(coordinator.matching.endMatch.mutate({ matchId: pinnedMatch.id, reason: 'again' })),
    ).toBe('PRECONDITION_FAILED');
    const stillActive = await activeMatches(cardiacId);
    const stillActiveMentees = new Set(stillActive.map((m) => m.menteeMembershipId));

    // The ended pair's pin became an exclusion.
    await coordinator.matching.run.mutate({ cohortId: cardiacId });
    const third = await coordinator.matching.preview.query({ cohortId: cardiacId });
    expect(third.proposals.map(key)).not.toContain(key(pinned));
    for (const p of third.proposals) expect(stillActiveMentees.has(p.mentee.membershipId)).toBe(false);
    const considered = [
      ...third.proposals.map((p) => p.mentee.membershipId),
      ...third.unmatched.map((u) => u.mentee.membershipId),
    ];
    expect(considered).toContain(pinned.mentee.membershipId);
    await coordinator.matching.publish.mutate({ cohortId: cardiacId });
    const final = await activeMatches(cardiacId);
    for (const old of stillActive) expect(final).toContainEqual(old);
    await expectCapacitiesRespected(cardiacId, ['ACTIVE']);

    const history = await coordinator.matching.cohortMatches.query({ cohortId: cardiacId });
    expect(history.find((m) => m.matchId === pinnedMatch.id)?.status).toBe('ENDED');
    expect(await auditCount('matching.run')).toBeGreaterThanOrEqual(3);
    expect(await auditCount('match.pin')).toBe(1);
  });

  it('lets the mentee report "not a good fit", which ends the match and tells the coordinators', async () => {
    const mentee = await app.clientFor('mentee@preceptor.test');
    const [mine] = await mentee.matching.myMatches.query();
    if (!mine) throw new Error('mentee@ has no match');
    expect(mine.factors.length).toBeGreaterThan(0);
    expect(
      await outcomeCode(mentee.matching.reportNotAGoodFit.mutate({ matchId: mine.matchId, reason: 'x' })),
    ).toBe('BAD_REQUEST');
    const other = await app.clientFor('mentee2@preceptor.test');
    expect(
      await outcomeCode(
        other.matching.reportNotAGoodFit.mutate({ matchId: mine.matchId, reason: 'Not my match' }),
      ),
    ).toBe('NOT_FOUND');
    await mentee.matching.reportNotAGoodFit.mutate({
      matchId: mine.matchId,
      reason: 'We never found a time to meet',
    });
    expect(await mentee.matching.myMatches.query()).toEqual([]);
    expect(await auditCount('match.not-a-good-fit')).toBe(1);
    const coordinatorId = await app.userId('coordinator@preceptor.test');
    expect(
      await app.prisma.notification.count({ where: { userId: coordinatorId, kind: 'match.not-a-good-fit' } }),
    ).toBe(1);
  });

  it('keeps coordinators to their cohorts and closed cohorts read-only', async () => {
    expect(await outcomeCode(coordinator.matching.run.mutate({ cohortId: neuroId }))).toBe('NOT_FOUND');
    const other = await app.clientFor('coordinator2@preceptor.test');
    expect(await outcomeCode(other.matching.preview.query({ cohortId: neuroId }))).toBe('NOT_FOUND');
    // coordinator2 shares the cardiac cohort (PCH) but sees only PCH people in it.
    const shared = await other.matching.cohortMatches.query({ cohortId: cardiacId });
    for (const m of shared) expect(m.mentee.inScope || m.mentor.inScope).toBe(true);

    await app.prisma.cohort.update({ where: { id: neuroId }, data: { status: 'CLOSED' } });
    const admin = await app.clientFor('admin@preceptor.test');
    const error = await admin.matching.run.mutate({ cohortId: neuroId }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/closed, so it is read-only/);
    expect((await admin.matching.weights.query({ cohortId: neuroId })).readOnly).toBe(true);
  });
});
