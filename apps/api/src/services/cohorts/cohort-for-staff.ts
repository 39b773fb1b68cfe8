import type { Prisma, PrismaClient } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import { type Actor, visibleHospitalIds } from '@preceptor/domain/permissions/actor';
import { cohortsInScope } from '../scope.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface AdministeredCohort {
  id: string;
  name: string;
  status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
  hospitalIds: string[];
  /** The cohort's hospitals this staff member administers: whose people they see and add. */
  myHospitalIds: string[];
}

/**
 * The cohort if the staff member administers one of its hospitals; otherwise not found, so ids
 * of other hospitals' cohorts reveal nothing. `forChange` refuses a closed (read-only) cohort.
 */
export async function cohortForStaff(
  db: Db,
  actor: Actor,
  cohortId: string,
  forChange: boolean,
): Promise<AdministeredCohort> {
  const cohort = await db.cohort.findFirst({
    where: { AND: [{ id: cohortId }, cohortsInScope(actor)] },
    select: { id: true, name: true, status: true, hospitals: { select: { hospitalId: true } } },
  });
  if (!cohort) throw new DomainError('NOT_FOUND', 'No such cohort among the cohorts you administer.');
  if (forChange && cohort.status === 'CLOSED') {
    throw new DomainError('PRECONDITION_FAILED', `${cohort.name} is closed, so it is read-only.`);
  }
  const hospitalIds = cohort.hospitals.map((h) => h.hospitalId);
  return {
    id: cohort.id,
    name: cohort.name,
    status: cohort.status,
    hospitalIds,
    myHospitalIds: visibleHospitalIds(actor, hospitalIds),
  };
}
