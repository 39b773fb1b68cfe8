import type { Prisma } from '@preceptor/db';
import type {
  AddMembersInput,
  ListMembersInput,
  MembershipRole,
  MembersPage,
} from '@preceptor/domain/cohorts/cohort-admin-schemas';
import { DomainError } from '@preceptor/domain/errors';
import type { Actor } from '@preceptor/domain/permissions/actor';
import { cohortForStaff, type StaffCohort } from '../access/cohort-for-staff.ts';
import { writeAudit } from '../audit-log.ts';
import { peopleWhere } from '../people/list-people.ts';
import type { ActorContext } from '../service-context.ts';
import { lockCohort } from './cohort-lock.ts';

/** Coordinators see and change only their own hospitals' people in a shared cohort. */
function myMembers(cohort: StaffCohort): Prisma.MembershipWhereInput {
  return { cohortId: cohort.id, active: true, user: { hospitalId: { in: cohort.myHospitalIds } } };
}

export async function listMembers(ctx: ActorContext, input: ListMembersInput): Promise<MembersPage> {
  const { db, actor } = ctx;
  const cohort = await cohortForStaff(db, actor, input.cohortId, false);
  const search = input.search?.trim();
  const where: Prisma.MembershipWhereInput = {
    AND: [
      myMembers(cohort),
      input.role ? { role: input.role } : {},
      search
        ? {
            user: {
              OR: [
                { firstName: { contains: search, mode: 'insensitive' } },
                { lastName: { contains: search, mode: 'insensitive' } },
                { email: { contains: search, mode: 'insensitive' } },
              ],
            },
          }
        : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.membership.count({ where }),
    db.membership.findMany({
      where,
      orderBy: [{ role: 'asc' }, { user: { lastName: 'asc' } }, { id: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        role: true,
        capacity: true,
        joinedAt: true,
        user: {
          select: {
            id: true,
            firstName: true,
            lastName: true,
            email: true,
            active: true,
            hospital: { select: { name: true } },
            profile: { select: { profession: true } },
          },
        },
      },
    }),
  ]);
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    rows: rows.map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: `${m.user.firstName} ${m.user.lastName}`,
      email: m.user.email,
      hospitalName: m.user.hospital?.name ?? null,
      profession: m.user.profile?.profession ?? null,
      role: m.role,
      capacity: m.capacity,
      personActive: m.user.active,
      joinedAt: m.joinedAt,
    })),
  };
}

/** Adds people picked by id or by a people filter; people already in the cohort are left as they are. */
export async function addMembers(
  ctx: ActorContext,
  input: AddMembersInput,
): Promise<{ added: number; alreadyMembers: number }> {
  const { db, actor, meta } = ctx;
  // Under the cohort's lock, so a hospital taken out of the cohort meanwhile cannot let its
  // people in, and the checks below hold until the members are written.
  return db.$transaction(async (tx) => {
    await lockCohort(tx, input.cohortId);
    const cohort = await cohortForStaff(tx, actor, input.cohortId, true);
    const eligible: Prisma.UserWhereInput = { active: true, hospitalId: { in: cohort.myHospitalIds } };
    const where: Prisma.UserWhereInput =
      input.userIds.length > 0
        ? { AND: [{ id: { in: input.userIds } }, eligible] }
        : { AND: [peopleWhere(actor, { ...input.filter, status: 'ACTIVE' }, ctx.clock.now()), eligible] };
    const people = await tx.user.findMany({ where, select: { id: true }, take: 5001 });
    if (input.userIds.length > 0 && people.length !== new Set(input.userIds).size) {
      throw new DomainError(
        'BAD_INPUT',
        `Only active people of ${cohort.name}’s hospitals that you administer can join it.`,
        { fieldErrors: { userIds: ['Some of the people chosen cannot join this cohort.'] } },
      );
    }
    if (people.length === 0) {
      throw new DomainError('BAD_INPUT', 'Nobody matches that filter among this cohort’s hospitals.', {
        fieldErrors: { userIds: ['Nobody matches that filter.'] },
      });
    }
    if (people.length > 5000)
      throw new DomainError('BAD_INPUT', 'That filter matches over 5000 people; narrow it.');
    const capacity = input.role === 'MENTOR' ? input.capacity : null;
    const userIds = people.map((p) => p.id);
    const existing = await tx.membership.findMany({
      where: { cohortId: cohort.id, userId: { in: userIds } },
      select: { id: true, userId: true, active: true },
    });
    const inactive = existing.filter((m) => !m.active);
    const known = new Set(existing.map((m) => m.userId));
    const created = await tx.membership.createMany({
      data: userIds
        .filter((id) => !known.has(id))
        .map((userId) => ({ cohortId: cohort.id, userId, role: input.role, capacity })),
    });
    // A person removed earlier comes back with the role chosen now.
    await tx.membership.updateMany({
      where: { id: { in: inactive.map((m) => m.id) } },
      data: { active: true, removedAt: null, role: input.role, capacity, joinedAt: ctx.clock.now() },
    });
    const added = created.count + inactive.length;
    await writeAudit(tx, actor.userId, meta, {
      action: 'cohort.members_add',
      entityType: 'Cohort',
      entityId: cohort.id,
      hospitalIds: cohort.myHospitalIds,
      metadata: { role: input.role, capacity, added, userIds: userIds.slice(0, 200) },
    });
    return { added, alreadyMembers: userIds.length - added };
  });
}

type Tx = Prisma.TransactionClient;

/**
 * The member, read under their cohort's lock: matching (run, publish, end) takes the same lock,
 * so what is checked here still holds when the change is written.
 */
async function lockedMemberForStaff(tx: Tx, actor: Actor, membershipId: string) {
  const located = await tx.membership.findUnique({ where: { id: membershipId }, select: { cohortId: true } });
  if (!located) throw new DomainError('NOT_FOUND', 'No such member.');
  await lockCohort(tx, located.cohortId);
  const membership = await tx.membership.findUnique({
    where: { id: membershipId },
    select: {
      id: true,
      cohortId: true,
      userId: true,
      role: true,
      active: true,
      user: { select: { hospitalId: true } },
    },
  });
  if (!membership?.active) throw new DomainError('NOT_FOUND', 'No such member.');
  const cohort = await cohortForStaff(tx, actor, membership.cohortId, true);
  if (!membership.user.hospitalId || !cohort.myHospitalIds.includes(membership.user.hospitalId)) {
    throw new DomainError('NOT_FOUND', 'No such member.');
  }
  return { membership, cohort };
}

async function openMatches(tx: Tx, membershipId: string): Promise<number> {
  return tx.match.count({
    where: {
      status: { in: ['PROPOSED', 'ACTIVE'] },
      OR: [{ mentorMembershipId: membershipId }, { menteeMembershipId: membershipId }],
    },
  });
}

export async function updateMember(
  ctx: ActorContext,
  input: { membershipId: string; role: MembershipRole; capacity: number | null },
): Promise<void> {
  const { db, actor, meta } = ctx;
  await db.$transaction(async (tx) => {
    const { membership, cohort } = await lockedMemberForStaff(tx, actor, input.membershipId);
    if (input.role === 'MENTOR' && input.capacity === null) {
      throw new DomainError('BAD_INPUT', 'Enter how many mentees this mentor takes.', {
        fieldErrors: { capacity: ['Enter how many mentees this mentor takes.'] },
      });
    }
    if (input.role !== membership.role && (await openMatches(tx, membership.id)) > 0) {
      throw new DomainError('PRECONDITION_FAILED', 'End this person’s matches before changing their role.');
    }
    await tx.membership.update({
      where: { id: membership.id },
      data: { role: input.role, capacity: input.role === 'MENTOR' ? input.capacity : null },
    });
    await writeAudit(tx, actor.userId, meta, {
      action: 'cohort.member_update',
      entityType: 'Membership',
      entityId: membership.id,
      hospitalIds: membership.user.hospitalId ? [membership.user.hospitalId] : cohort.myHospitalIds,
      metadata: {
        cohortId: cohort.id,
        userId: membership.userId,
        role: input.role,
        capacity: input.capacity,
      },
    });
  });
}

/** Removing keeps the membership row (inactive), so the person's history in the cohort stays. */
export async function removeMember(ctx: ActorContext, input: { membershipId: string }): Promise<void> {
  const { db, actor, meta } = ctx;
  const { membershipId } = input;
  await db.$transaction(async (tx) => {
    const { membership, cohort } = await lockedMemberForStaff(tx, actor, membershipId);
    if ((await openMatches(tx, membership.id)) > 0) {
      throw new DomainError(
        'PRECONDITION_FAILED',
        'End this person’s matches before removing them from the cohort.',
      );
    }
    await tx.membership.update({
      where: { id: membership.id },
      data: { active: false, removedAt: ctx.clock.now() },
    });
    await writeAudit(tx, actor.userId, meta, {
      action: 'cohort.member_remove',
      entityType: 'Membership',
      entityId: membership.id,
      hospitalIds: membership.user.hospitalId ? [membership.user.hospitalId] : cohort.myHospitalIds,
      metadata: { cohortId: cohort.id, userId: membership.userId, role: membership.role },
    });
  });
}
