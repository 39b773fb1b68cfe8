import type { Db } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import { type Actor, canAdministerHospital } from '@preceptor/domain/permissions/actor';
import { peopleInScope } from './scope.ts';

/** The person if the staff member administers their hospital; others read as not found. */
export async function personForStaff(db: Db, actor: Actor, id: string) {
  const person = await db.user.findFirst({
    where: { AND: [{ id }, peopleInScope(actor)] },
    select: { ...PERSON_SELECT, staffRoles: { select: { id: true }, take: 1 } },
  });
  if (!person) throw notAdministered();
  const { staffRoles, passwordHash, ...rest } = person;
  return { ...rest, hasPassword: passwordHash !== null, holdsStaffRole: staffRoles.length > 0 };
}

const PERSON_SELECT = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  hospitalId: true,
  active: true,
  passwordHash: true,
} as const;

/** Where a person stands, as far as who may change their account goes. */
export interface PersonReach {
  hospitalId: string | null;
  /** Coordinator or network admin anywhere. */
  holdsStaffRole: boolean;
}

export type ReachRefusal = 'OUT_OF_SCOPE' | 'STAFF';

/**
 * The one rule for every change staff make to a person (profile, hospital, activation,
 * set-password links, imports, staff roles): a coordinator acts only on people of the hospitals
 * they coordinate, and never on staff, whose accounts reach other people's data; a network admin
 * acts on anyone. Null when the change may go ahead.
 */
export function reachRefusal(actor: Actor, person: PersonReach): ReachRefusal | null {
  if (actor.isNetworkAdmin) return null;
  if (person.hospitalId === null || !actor.coordinatedHospitalIds.includes(person.hospitalId)) {
    return 'OUT_OF_SCOPE';
  }
  return person.holdsStaffRole ? 'STAFF' : null;
}

const STAFF_ONLY_BY_ADMIN = 'Only a network admin can change the account of a coordinator or network admin.';

export function assertMayChangePerson(actor: Actor, person: PersonReach): void {
  const refusal = reachRefusal(actor, person);
  if (refusal === 'OUT_OF_SCOPE') throw notAdministered();
  if (refusal === 'STAFF') throw new DomainError('FORBIDDEN', STAFF_ONLY_BY_ADMIN);
}

/** The person, if this staff member may change their account (see reachRefusal). */
export async function personForChange(db: Db, actor: Actor, id: string) {
  const person = await personForStaff(db, actor, id);
  assertMayChangePerson(actor, person);
  return person;
}

function notAdministered(): DomainError {
  return new DomainError('NOT_FOUND', 'No such person among the people you administer.');
}

export async function assertHospitalForPeople(db: Db, actor: Actor, hospitalId: string): Promise<void> {
  const hospital = await db.hospital.findUnique({ where: { id: hospitalId }, select: { active: true } });
  if (!hospital) throw DomainError.field('hospitalId', 'Choose a hospital from the list.');
  if (!canAdministerHospital(actor, hospitalId)) {
    throw new DomainError('FORBIDDEN', 'You do not administer this hospital.', {
      fieldErrors: { hospitalId: ['Choose one of the hospitals you administer.'] },
    });
  }
  if (!hospital.active)
    throw DomainError.field('hospitalId', 'This hospital is deactivated; choose another.');
}
