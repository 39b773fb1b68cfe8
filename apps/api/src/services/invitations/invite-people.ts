import type { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import {
  type InvitationOutcome,
  type InvitationTarget,
  type InviteCohortInput,
  type InviteMatchingInput,
  type InvitePeopleInput,
  MAX_INVITATIONS_PER_REQUEST,
} from '@preceptor/domain/people/invitation-schemas';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { assertHospitalForPeople, personForChange } from '../access/person-access.ts';
import { peopleInScope } from '../access/scope.ts';
import { writeAudit } from '../audit-log.ts';
import { accessWhere, openInvitation, peopleWhere } from '../people/list-people.ts';
import type { ActorContext } from '../service-context.ts';
import { sendInvitations } from './send-invitations.ts';

/** The people chosen on the people list; anyone named outside the staff member's reach reads as not found. */
export async function invitePeople(ctx: ActorContext, input: InvitePeopleInput): Promise<InvitationOutcome> {
  const ids = [...new Set(input.personIds)];
  const visible = await ctx.db.user.count({
    where: { AND: [{ id: { in: ids } }, peopleInScope(ctx.actor)] },
  });
  if (visible !== ids.length)
    throw new DomainError('NOT_FOUND', 'No such person among the people you administer.');
  return sendInvitations(ctx, ids, 'people');
}

/** Who a group invitation reaches: never invited, or everyone still without a password. */
function notYetIn(include: InviteMatchingInput['include'], now: Date): Prisma.UserWhereInput {
  if (include === 'NEVER_INVITED') return accessWhere('NEVER_INVITED', now);
  return { active: true, passwordHash: null };
}

/** Everyone the people list shows with these filters who is not in yet, up to one batch. */
export async function inviteMatching(
  ctx: ActorContext,
  input: InviteMatchingInput,
): Promise<InvitationOutcome> {
  if (input.hospitalId) await assertHospitalForPeople(ctx.db, ctx.actor, input.hospitalId);
  const now = ctx.clock.now();
  const people = await ctx.db.user.findMany({
    where: {
      AND: [
        peopleWhere(ctx.actor, { ...input, status: 'ACTIVE' }, now),
        notYetIn(input.include, now),
        noStaffRole,
      ],
    },
    select: { id: true },
    orderBy: { id: 'asc' },
    take: MAX_INVITATIONS_PER_REQUEST,
  });
  if (people.length === 0) throw nobodyToInvite();
  return sendInvitations(
    ctx,
    people.map((person) => person.id),
    'filter',
  );
}

/** The cohort's members at this staff member's hospitals who are not in yet. */
export async function inviteCohort(ctx: ActorContext, input: InviteCohortInput): Promise<InvitationOutcome> {
  const cohort = await cohortForStaff(ctx.db, ctx.actor, input.cohortId, false);
  const now = ctx.clock.now();
  const people = await ctx.db.user.findMany({
    where: {
      AND: [
        { hospitalId: { in: cohort.myHospitalIds } },
        { memberships: { some: { cohortId: cohort.id, active: true } } },
        notYetIn(input.include, now),
        noStaffRole,
      ],
    },
    select: { id: true },
    orderBy: { id: 'asc' },
    take: MAX_INVITATIONS_PER_REQUEST,
  });
  if (people.length === 0) throw nobodyToInvite();
  return sendInvitations(
    ctx,
    people.map((person) => person.id),
    'cohort',
  );
}

/** A fresh invitation for one person; the earlier link stops working. */
export async function resendInvitation(
  ctx: ActorContext,
  input: InvitationTarget,
): Promise<InvitationOutcome> {
  const person = await personForChange(ctx.db, ctx.actor, input.personId);
  if (person.hasPassword) throw hasPassword();
  return sendInvitations(ctx, [person.id], 'resend');
}

/** Withdraws a person's open invitation: its link stops working at once. */
export async function revokeInvitation(ctx: ActorContext, input: InvitationTarget): Promise<void> {
  const person = await personForChange(ctx.db, ctx.actor, input.personId);
  const now = ctx.clock.now();
  await ctx.db.$transaction(async (tx) => {
    const revoked = await tx.passwordSetupToken.updateMany({
      where: { userId: person.id, ...openInvitation(now) },
      data: { revokedAt: now, expiresAt: now },
    });
    if (revoked.count === 0) {
      throw new DomainError(
        'PRECONDITION_FAILED',
        `${person.firstName} ${person.lastName} has no open invitation.`,
      );
    }
    await writeAudit(tx, ctx.actor.userId, ctx.meta, {
      action: 'person.invitation_revoked',
      entityType: 'User',
      entityId: person.id,
      hospitalIds: person.hospitalId ? [person.hospitalId] : [],
    });
  });
}

// Staff accounts are invited one by one by a network admin, never swept up by a group invitation.
const noStaffRole: Prisma.UserWhereInput = { staffRoles: { none: {} } };

function nobodyToInvite(): DomainError {
  return new DomainError('PRECONDITION_FAILED', 'Everyone here has already been invited or has signed in.');
}

function hasPassword(): DomainError {
  return new DomainError(
    'PRECONDITION_FAILED',
    'This person already has a password, so there is nothing to invite them to. They can reset it from the sign-in page or be sent a reset email.',
  );
}
