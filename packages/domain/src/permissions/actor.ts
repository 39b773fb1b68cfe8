import { DomainError } from '../errors.ts';

/**
 * Who is acting, as far as access rules care. Staff powers come from staff roles
 * (scoped to hospitals); mentor and mentee powers come from cohort memberships,
 * which services check per record, because the role belongs to the membership.
 */
export interface Actor {
  userId: string;
  isNetworkAdmin: boolean;
  /** Hospitals this person coordinates (empty for non-coordinators). */
  coordinatedHospitalIds: readonly string[];
}

export type HospitalScope = { kind: 'all' } | { kind: 'some'; hospitalIds: readonly string[] };

export function isStaff(actor: Actor): boolean {
  return actor.isNetworkAdmin || actor.coordinatedHospitalIds.length > 0;
}

/** The hospitals whose administrative records the actor may see; `none` for non-staff. */
export function staffScope(actor: Actor): HospitalScope | null {
  if (actor.isNetworkAdmin) return { kind: 'all' };
  if (actor.coordinatedHospitalIds.length > 0) {
    return { kind: 'some', hospitalIds: actor.coordinatedHospitalIds };
  }
  return null;
}

export function canAdministerHospital(actor: Actor, hospitalId: string): boolean {
  return actor.isNetworkAdmin || actor.coordinatedHospitalIds.includes(hospitalId);
}

/** Hospital ids visible to the actor among the given ones. */
export function visibleHospitalIds(actor: Actor, hospitalIds: readonly string[]): string[] {
  if (actor.isNetworkAdmin) return [...hospitalIds];
  return hospitalIds.filter((id) => actor.coordinatedHospitalIds.includes(id));
}

export function assertCanAdministerHospital(actor: Actor, hospitalId: string): void {
  if (!canAdministerHospital(actor, hospitalId)) {
    throw new DomainError('FORBIDDEN', 'You do not coordinate this hospital.');
  }
}
