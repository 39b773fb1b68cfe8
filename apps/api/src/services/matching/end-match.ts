import type { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { EndMatchInput, EndMatchResult } from '@preceptor/domain/matching/workflow-schemas';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import { assertOpen, cohortForStaff } from '../access/cohort-for-staff.ts';
import { writeAudit } from '../audit-log.ts';
import { lockCohort } from '../cohorts/cohort-lock.ts';
import { type NewNotification, notify } from '../notifications/notify.ts';
import { revokeSharesOfEndedMatch } from '../reflections/revoke-shares.ts';
import type { ActorContext } from '../service-context.ts';
import { fullName, pairPersonSelect } from './pair-people.ts';
import { hospitalsOf } from './pair-rules.ts';

const matchSelect = {
  id: true,
  status: true,
  cohortId: true,
  cohort: { select: { name: true, status: true } },
  mentee: { select: { ...pairPersonSelect, userId: true } },
  mentor: { select: { ...pairPersonSelect, userId: true } },
} as const;
type EndingMatch = Prisma.MatchGetPayload<{ select: typeof matchSelect }>;

/** Staff end an active match in a cohort they administer. */
export async function endMatchByStaff(ctx: ActorContext, input: EndMatchInput): Promise<EndMatchResult> {
  const { db, actor } = ctx;
  return db.$transaction(async (tx) => {
    const match = await tx.match.findUnique({ where: { id: input.matchId }, select: matchSelect });
    if (!match) throw new DomainError('NOT_FOUND', 'No such match.');
    // Out-of-scope cohorts read as not found, like the match never existed.
    await cohortForStaff(tx, actor, match.cohortId, true);
    return endMatch(tx, ctx, match, input.reason, 'staff');
  });
}

/** The mentee says the pairing is not a good fit: it ends, and they can be re-matched. */
export async function reportNotAGoodFit(ctx: ActorContext, input: EndMatchInput): Promise<EndMatchResult> {
  const { db, actor } = ctx;
  return db.$transaction(async (tx) => {
    const match = await tx.match.findUnique({ where: { id: input.matchId }, select: matchSelect });
    if (!match || match.mentee.userId !== actor.userId)
      throw new DomainError('NOT_FOUND', 'No such match of yours.');
    assertOpen(match.cohort);
    return endMatch(tx, ctx, match, input.reason, 'mentee');
  });
}

async function endMatch(
  tx: Prisma.TransactionClient,
  ctx: ActorContext,
  match: EndingMatch,
  reason: string,
  by: 'staff' | 'mentee',
): Promise<EndMatchResult> {
  await lockCohort(tx, match.cohortId);
  if (match.status !== 'ACTIVE')
    throw new DomainError('PRECONDITION_FAILED', 'Only an active match can be ended.');
  const { actor, meta } = ctx;
  const endedAt = ctx.clock.now();
  // Guarded update: of two people ending the same match at once, exactly one succeeds.
  const ended = await tx.match.updateMany({
    where: { id: match.id, status: 'ACTIVE' },
    data: { status: 'ENDED', endedAt, endReason: reason, endedById: actor.userId },
  });
  if (ended.count === 0) throw new DomainError('CONFLICT', 'This match was ended a moment ago.');
  // The ended pair must not be proposed again when the mentee is re-matched.
  const note =
    by === 'mentee' ? `Mentee reported not a good fit: ${reason}` : `Match ended by staff: ${reason}`;
  await tx.pairRule.upsert({
    where: {
      menteeMembershipId_mentorMembershipId: {
        menteeMembershipId: match.mentee.id,
        mentorMembershipId: match.mentor.id,
      },
    },
    create: {
      cohortId: match.cohortId,
      menteeMembershipId: match.mentee.id,
      mentorMembershipId: match.mentor.id,
      kind: 'EXCLUDE',
      reason: note.slice(0, 500),
      createdById: actor.userId,
    },
    update: { kind: 'EXCLUDE', reason: note.slice(0, 500), createdById: actor.userId },
  });

  const hospitalIds = hospitalsOf(match.mentee, match.mentor);
  const coordinators =
    by === 'mentee'
      ? await tx.staffRole.findMany({
          where: { kind: 'COORDINATOR', hospitalId: { in: hospitalIds } },
          select: { userId: true },
          distinct: ['userId'],
        })
      : [];
  const cohortName = match.cohort.name;
  const notices: NewNotification[] = [
    {
      userId: match.mentor.userId,
      kind: 'match.ended',
      title: `Your mentorship with ${fullName(match.mentee)} in ${cohortName} has ended`,
      body: by === 'mentee' ? 'Your mentee felt the pairing was not a good fit.' : reason,
      link: notificationLink('myMentees'),
    },
  ];
  // A mentee who ended it themselves needs no telling; staff ending it must tell them.
  if (by === 'staff') {
    notices.push({
      userId: match.mentee.userId,
      kind: 'match.ended',
      title: `Your mentorship with ${fullName(match.mentor)} in ${cohortName} has ended`,
      body: `${reason} You will be considered in the next matching run.`,
      link: notificationLink('myMatches'),
    });
  }
  for (const c of coordinators) {
    notices.push({
      userId: c.userId,
      kind: 'match.not-a-good-fit',
      title: `${fullName(match.mentee)} reported their match in ${cohortName} is not a good fit`,
      body: 'Run matching for the cohort to find them another mentor.',
      link: notificationLink('cohortMatching', { cohortId: match.cohortId }),
    });
  }
  await notify(tx, notices);
  await revokeSharesOfEndedMatch(tx, actor.userId, meta, {
    matchId: match.id,
    mentorId: match.mentor.userId,
    menteeId: match.mentee.userId,
    hospitalIds,
  });
  await writeAudit(tx, actor.userId, meta, {
    action: by === 'mentee' ? 'match.not-a-good-fit' : 'match.end',
    entityType: 'Match',
    entityId: match.id,
    hospitalIds,
    // The mentee's words stay with the pair and staff who can see the match, not the audit metadata.
    metadata: { cohortId: match.cohortId, by },
  });
  return { matchId: match.id, endedAt };
}
