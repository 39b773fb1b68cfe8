import { DomainError } from '@preceptor/domain/errors';
import type { PairInput } from '@preceptor/domain/matching/workflow-schemas';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';
import { isInScope, pairPersonSelect } from './pair-people.ts';

type RuleKind = 'PIN' | 'EXCLUDE';

/** The next run must match this pair. */
export function pinPair(ctx: ActorContext, input: PairInput): Promise<{ ok: true }> {
  return setPairRule(ctx, 'PIN', input);
}

/** This pair is never matched. */
export function excludePair(ctx: ActorContext, input: PairInput): Promise<{ ok: true }> {
  return setPairRule(ctx, 'EXCLUDE', input);
}

/**
 * A pair has at most one rule, so pinning an excluded pair turns the exclusion into a pin and
 * the reverse.
 */
async function setPairRule(ctx: ActorContext, kind: RuleKind, input: PairInput): Promise<{ ok: true }> {
  const { db, actor, meta } = ctx;
  return db.$transaction(async (tx) => {
    const cohort = await cohortForStaff(tx, actor, input.cohortId, true);
    const [mentee, mentor] = await Promise.all([
      tx.membership.findFirst({
        where: { id: input.menteeMembershipId, cohortId: cohort.id, role: 'MENTEE', active: true },
        select: {
          ...pairPersonSelect,
          matchesAsMentee: { where: { status: 'ACTIVE' }, select: { id: true } },
        },
      }),
      tx.membership.findFirst({
        where: { id: input.mentorMembershipId, cohortId: cohort.id, role: 'MENTOR', active: true },
        select: pairPersonSelect,
      }),
    ]);
    if (!mentee) throw new DomainError('NOT_FOUND', 'That mentee is not an active mentee of this cohort.');
    if (!mentor) throw new DomainError('NOT_FOUND', 'That mentor is not an active mentor of this cohort.');
    if (!isInScope(mentee, cohort) && !isInScope(mentor, cohort)) {
      throw new DomainError('NOT_FOUND', 'Neither person is at a hospital you administer.');
    }
    if (kind === 'PIN' && mentee.matchesAsMentee.length > 0) {
      throw new DomainError(
        'PRECONDITION_FAILED',
        'This mentee already has an active match. End it before pinning another mentor.',
      );
    }
    const reason = input.reason && input.reason.length > 0 ? input.reason : null;
    const rule = await tx.pairRule.upsert({
      where: {
        menteeMembershipId_mentorMembershipId: {
          menteeMembershipId: mentee.id,
          mentorMembershipId: mentor.id,
        },
      },
      create: {
        cohortId: cohort.id,
        menteeMembershipId: mentee.id,
        mentorMembershipId: mentor.id,
        kind,
        reason,
        createdById: actor.userId,
      },
      update: { kind, reason, createdById: actor.userId, createdAt: ctx.clock.now() },
      select: { id: true },
    });
    await writeAudit(tx, actor.userId, meta, {
      action: kind === 'PIN' ? 'match.pin' : 'match.exclude',
      entityType: 'PairRule',
      entityId: rule.id,
      hospitalIds: hospitalsOf(mentee, mentor),
      metadata: { cohortId: cohort.id, menteeMembershipId: mentee.id, mentorMembershipId: mentor.id, reason },
    });
    return { ok: true as const };
  });
}

export async function clearPairRule(ctx: ActorContext, input: PairInput): Promise<{ ok: true }> {
  const { db, actor, meta } = ctx;
  return db.$transaction(async (tx) => {
    const cohort = await cohortForStaff(tx, actor, input.cohortId, true);
    const rule = await tx.pairRule.findFirst({
      where: {
        cohortId: cohort.id,
        menteeMembershipId: input.menteeMembershipId,
        mentorMembershipId: input.mentorMembershipId,
      },
      select: {
        id: true,
        kind: true,
        mentee: { select: pairPersonSelect },
        mentor: { select: pairPersonSelect },
      },
    });
    if (!rule || (!isInScope(rule.mentee, cohort) && !isInScope(rule.mentor, cohort))) {
      throw new DomainError('NOT_FOUND', 'This pair has no pin or exclusion to remove.');
    }
    await tx.pairRule.delete({ where: { id: rule.id } });
    await writeAudit(tx, actor.userId, meta, {
      action: rule.kind === 'PIN' ? 'match.unpin' : 'match.unexclude',
      entityType: 'PairRule',
      entityId: rule.id,
      hospitalIds: hospitalsOf(rule.mentee, rule.mentor),
      metadata: {
        cohortId: cohort.id,
        menteeMembershipId: input.menteeMembershipId,
        mentorMembershipId: input.mentorMembershipId,
      },
    });
    return { ok: true as const };
  });
}

export function hospitalsOf(...people: { user: { hospitalId: string | null } }[]): string[] {
  return [...new Set(people.map((p) => p.user.hospitalId).filter((id): id is string => id !== null))];
}
