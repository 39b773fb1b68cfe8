import type { Db, Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import { type Actor, visibleHospitalIds } from '@preceptor/domain/permissions/actor';
import { cohortsInScope } from './scope.ts';

export interface StaffCohort {
  id: string;
  name: string;
  status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
  matchingWeights: Prisma.JsonValue;
  /** All the cohort's hospitals (audit entries concern them all). */
  hospitalIds: string[];
  /** The cohort's hospitals this staff member administers: whose people they see and add. */
  myHospitalIds: string[];
  /** A network admin: sees everyone in the cohort. */
  seesAll: boolean;
}

/**
 * The cohort if the staff member may administer it (a coordinator: it includes one of their
 * hospitals). Out of scope reads as not found, so ids of other hospitals' cohorts leak nothing.
 * `forChange` also refuses a closed cohort, which is kept as a read-only record.
 */
export async function cohortForStaff(
  db: Db,
  actor: Actor,
  cohortId: string,
  forChange: boolean,
): Promise<StaffCohort> {
  const cohort = await db.cohort.findFirst({
    where: { AND: [{ id: cohortId }, cohortsInScope(actor)] },
    select: {
      id: true,
      name: true,
      status: true,
      matchingWeights: true,
      hospitals: { select: { hospitalId: true } },
    },
  });
  if (!cohort) throw new DomainError('NOT_FOUND', 'No such cohort among the cohorts you administer.');
  if (forChange) assertOpen(cohort);
  const hospitalIds = cohort.hospitals.map((h) => h.hospitalId);
  return {
    id: cohort.id,
    name: cohort.name,
    status: cohort.status,
    matchingWeights: cohort.matchingWeights,
    hospitalIds,
    myHospitalIds: visibleHospitalIds(actor, hospitalIds),
    seesAll: actor.isNetworkAdmin,
  };
}

/** A closed cohort is a record: nothing in it changes, and it does not reopen. */
export function assertOpen(cohort: { name: string; status: string }): void {
  if (cohort.status === 'CLOSED') {
    throw new DomainError('PRECONDITION_FAILED', `${cohort.name} is closed, so it is read-only.`);
  }
}
