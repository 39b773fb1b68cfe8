import { DomainError } from '@preceptor/domain/errors';
import type {
  CreatePersonInput,
  PersonDetail,
  PersonRef,
  SetPersonActiveInput,
  SetupLink,
  UpdatePersonInput,
} from '@preceptor/domain/people/person-schemas';
import {
  assertHospitalForPeople,
  personForChange,
  personForStaff,
  reachRefusal,
} from '../access/person-access.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';
import { accessOf, TOKEN_SELECT } from './list-people.ts';
import { assertEmailFree, PROFILE_SELECT, profileData } from './person-fields.ts';
import { sendSetupLink } from './setup-links.ts';

export async function getPerson(ctx: ActorContext, input: PersonRef): Promise<PersonDetail> {
  const { db, actor } = ctx;
  const { personId } = input;
  const reach = await personForStaff(db, actor, personId);
  const person = await db.user.findUniqueOrThrow({
    where: { id: personId },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      hospitalId: true,
      hospital: { select: { name: true } },
      active: true,
      deactivatedAt: true,
      passwordHash: true,
      lastSignedInAt: true,
      createdAt: true,
      passwordSetupTokens: { select: TOKEN_SELECT, orderBy: { createdAt: 'desc' }, take: 1 },
      profile: { select: PROFILE_SELECT },
      memberships: {
        orderBy: { joinedAt: 'desc' },
        select: {
          cohortId: true,
          cohort: { select: { name: true } },
          role: true,
          capacity: true,
          active: true,
        },
      },
    },
  });
  const { passwordHash, hospital, memberships, passwordSetupTokens, lastSignedInAt, ...rest } = person;
  const access = accessOf({ passwordHash, lastSignedInAt, passwordSetupTokens }, ctx.clock.now());
  return {
    ...rest,
    hospitalName: hospital?.name ?? null,
    hasPassword: passwordHash !== null,
    ...access,
    mayChange: reachRefusal(actor, reach) === null,
    memberships: memberships.map((m) => ({
      cohortId: m.cohortId,
      cohortName: m.cohort.name,
      role: m.role,
      capacity: m.capacity,
      active: m.active,
    })),
  };
}

/** Creates a person (no password yet) and the one-time link they set it with. */
export async function createPerson(
  ctx: ActorContext,
  input: CreatePersonInput,
): Promise<{ id: string; setupLink: SetupLink }> {
  const { db, actor, meta } = ctx;
  await assertHospitalForPeople(db, actor, input.hospitalId);
  await assertEmailFree(db, input.email);
  const person = await db.$transaction(async (tx) => {
    const person = await tx.user.create({
      data: {
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        hospitalId: input.hospitalId,
        profile: input.profile ? { create: profileData(input.profile) } : undefined,
      },
      select: { id: true, email: true, firstName: true, hospitalId: true },
    });
    await writeAudit(tx, actor.userId, meta, {
      action: 'person.create',
      entityType: 'User',
      entityId: person.id,
      hospitalIds: [input.hospitalId],
    });
    return person;
  });
  const setupLink = await sendSetupLink(ctx, person);
  return { id: person.id, setupLink };
}

export async function updatePerson(ctx: ActorContext, input: UpdatePersonInput): Promise<void> {
  const { db, actor, meta } = ctx;
  const { personId } = input;
  const before = await personForChange(db, actor, personId);
  if (input.hospitalId !== before.hospitalId) await assertHospitalForPeople(db, actor, input.hospitalId);
  await assertEmailFree(db, input.email, personId);
  const changed = (['email', 'firstName', 'lastName', 'hospitalId'] as const).filter(
    (field) => input[field] !== before[field],
  );
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: personId },
      data: {
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        hospitalId: input.hospitalId,
      },
    });
    if (input.profile) {
      const data = profileData(input.profile);
      await tx.profile.upsert({
        where: { userId: personId },
        create: { userId: personId, ...data },
        update: data,
      });
    }
    await writeAudit(tx, actor.userId, meta, {
      action: 'person.update',
      entityType: 'User',
      entityId: personId,
      hospitalIds: [
        ...new Set([before.hospitalId, input.hospitalId].filter((id): id is string => id !== null)),
      ],
      metadata: { fields: [...changed, ...(input.profile ? ['profile'] : [])] },
    });
  });
}

/**
 * Deactivating refuses sign-in and ends every session at once; nothing of the person's history
 * (memberships, matches, reflections) is deleted, and reactivating restores them as they were.
 */
export async function setPersonActive(ctx: ActorContext, input: SetPersonActiveInput): Promise<void> {
  const { db, actor, meta } = ctx;
  const person = await personForChange(db, actor, input.personId);
  if (!input.active && person.id === actor.userId) {
    throw new DomainError('PRECONDITION_FAILED', 'You cannot deactivate your own account.');
  }
  if (person.active === input.active) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: person.id },
      data: { active: input.active, deactivatedAt: input.active ? null : ctx.clock.now() },
    });
    if (!input.active) await tx.session.deleteMany({ where: { userId: person.id } });
    await writeAudit(tx, actor.userId, meta, {
      action: input.active ? 'person.reactivate' : 'person.deactivate',
      entityType: 'User',
      entityId: person.id,
      hospitalIds: person.hospitalId ? [person.hospitalId] : [],
    });
  });
}

/** A set-password link for the person: see sendSetupLink for who may ever hold one. */
export async function issueSetupLink(ctx: ActorContext, input: PersonRef): Promise<SetupLink> {
  const { db, actor } = ctx;
  const person = await personForChange(db, actor, input.personId);
  if (!person.active) {
    throw new DomainError(
      'PRECONDITION_FAILED',
      'Reactivate this person before sending a set-password link.',
    );
  }
  return sendSetupLink(ctx, person);
}
