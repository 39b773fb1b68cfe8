import type { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import { type Actor, staffScope } from '@preceptor/domain/permissions/actor';

/** Prisma filter for people a staff member may see: those at hospitals they administer. */
export function peopleInScope(actor: Actor): Prisma.UserWhereInput {
  const scope = staffScope(actor);
  if (!scope) throw new DomainError('FORBIDDEN', 'This is for program staff.');
  return scope.kind === 'all' ? {} : { hospitalId: { in: [...scope.hospitalIds] } };
}

/** Prisma filter for cohorts a staff member may see: any that include one of their hospitals. */
export function cohortsInScope(actor: Actor): Prisma.CohortWhereInput {
  const scope = staffScope(actor);
  if (!scope) throw new DomainError('FORBIDDEN', 'This is for program staff.');
  return scope.kind === 'all' ? {} : { hospitals: { some: { hospitalId: { in: [...scope.hospitalIds] } } } };
}

export function hospitalsInScope(actor: Actor): Prisma.HospitalWhereInput {
  const scope = staffScope(actor);
  if (!scope) throw new DomainError('FORBIDDEN', 'This is for program staff.');
  return scope.kind === 'all' ? {} : { id: { in: [...scope.hospitalIds] } };
}
