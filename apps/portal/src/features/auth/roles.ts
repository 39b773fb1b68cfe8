import type { CurrentUser } from '@preceptor/domain/auth/auth-schemas';

export interface Roles {
  mentee: boolean;
  mentor: boolean;
  /** Coordinator of at least one hospital, or network admin. */
  staff: boolean;
  /** Network admin: authors the module catalogue. */
  admin: boolean;
}

/**
 * One person can hold several roles at once (mentee in one cohort, mentor in another, and
 * coordinator too); the portal shows the union. The API enforces the same rules on every call:
 * this only decides what to show.
 */
export function rolesOf(user: CurrentUser): Roles {
  return {
    mentee: user.isMentee,
    mentor: user.isMentor,
    staff: user.isNetworkAdmin || user.coordinatedHospitalIds.length > 0,
    admin: user.isNetworkAdmin,
  };
}

export function fullName(user: Pick<CurrentUser, 'firstName' | 'lastName'>): string {
  return `${user.firstName} ${user.lastName}`.trim();
}

/** "Network administrator", "Coordinator · Mercy General", "Mentor", … for the user menu. */
export function roleSummary(user: CurrentUser): string {
  const parts: string[] = [];
  if (user.isNetworkAdmin) parts.push('Network administrator');
  const coordinated = user.staffRoles.filter((role) => role.kind === 'COORDINATOR');
  if (coordinated.length > 0)
    parts.push(coordinated.length === 1 ? 'Coordinator' : 'Coordinator (several hospitals)');
  if (user.isMentor) parts.push('Mentor');
  if (user.isMentee) parts.push('Mentee');
  return parts.join(' · ');
}
