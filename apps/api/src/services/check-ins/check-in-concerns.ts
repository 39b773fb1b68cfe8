import type { CheckInConcern, ListConcernsInput } from '@preceptor/domain/programme/check-in-schemas';
import { concernForStaff, concernsInScope } from '../access/check-in-access.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';

const name = (user: { firstName: string; lastName: string }) => `${user.firstName} ${user.lastName}`;
const person = { select: { user: { select: { firstName: true, lastName: true } } } } as const;

/**
 * "This match isn't working" answers in the staff member's scope, open first. Each shows who
 * said it (they agreed to that), the match and when — and the comment only if its writer chose
 * to share it. No other answer of theirs is here.
 */
export async function listConcerns(
  ctx: ActorContext,
  input: { includeHandled?: boolean },
): Promise<CheckInConcern[]> {
  const concerns = await ctx.db.checkInConcern.findMany({
    where: { AND: [concernsInScope(ctx.actor), input.includeHandled ? {} : { handledAt: null }] },
    orderBy: [{ handledAt: { sort: 'desc', nulls: 'first' } }, { raisedAt: 'desc' }],
    take: 200,
    select: {
      id: true,
      cohortId: true,
      raisedAt: true,
      handledAt: true,
      checkIn: {
        select: {
          role: true,
          occasion: true,
          comment: true,
          shareComment: true,
          user: { select: { firstName: true, lastName: true } },
          match: { select: { cohort: { select: { name: true } }, mentor: person, mentee: person } },
        },
      },
    },
  });
  return concerns.map((c) => {
    const { checkIn } = c;
    const other = checkIn.role === 'MENTOR' ? checkIn.match.mentee : checkIn.match.mentor;
    return {
      id: c.id,
      cohortId: c.cohortId,
      cohortName: checkIn.match.cohort.name,
      personName: name(checkIn.user),
      role: checkIn.role,
      otherName: name(other.user),
      occasion: checkIn.occasion,
      raisedAt: c.raisedAt,
      handledAt: c.handledAt,
      sharedComment: checkIn.shareComment ? checkIn.comment : null,
    };
  });
}

export type { ListConcernsInput };

/** Marks a concern handled (audited: it is a decision about a match). */
export async function handleConcern(ctx: ActorContext, input: { concernId: string }): Promise<void> {
  const { actor, meta } = ctx;
  await ctx.db.$transaction(async (tx) => {
    const concern = await concernForStaff(tx, actor, input.concernId);
    const { count } = await tx.checkInConcern.updateMany({
      where: { id: concern.id, handledAt: null },
      data: { handledAt: ctx.clock.now(), handledById: actor.userId },
    });
    if (count === 0) return;
    const cohort = await tx.cohortHospital.findMany({
      where: { cohortId: concern.cohortId },
      select: { hospitalId: true },
    });
    await writeAudit(tx, actor.userId, meta, {
      action: 'checkin.concern.handle',
      entityType: 'CheckInConcern',
      entityId: concern.id,
      hospitalIds: cohort.map((h) => h.hospitalId),
      metadata: { cohortId: concern.cohortId },
    });
  });
}
