import type { CohortSummary } from '@preceptor/domain/cohorts/cohort-schemas';
import { visibleHospitalIds } from '@preceptor/domain/permissions/actor';
import { cohortsInScope } from '../access/scope.ts';
import type { ActorContext } from '../service-context.ts';

/**
 * Cohorts the staff member may see. A cohort spanning several hospitals shows each
 * coordinator only their own hospitals and counts only their own hospitals' people.
 */
export async function listCohorts(ctx: ActorContext): Promise<CohortSummary[]> {
  const { db, actor } = ctx;
  const cohorts = await db.cohort.findMany({
    where: cohortsInScope(actor),
    orderBy: [{ status: 'asc' }, { startDate: 'desc' }],
    select: {
      id: true,
      name: true,
      status: true,
      startDate: true,
      endDate: true,
      hospitals: { select: { hospital: { select: { id: true, name: true, code: true } } } },
      memberships: {
        where: { active: true },
        select: { role: true, user: { select: { hospitalId: true } } },
      },
      matches: {
        where: { status: 'ACTIVE' },
        select: { mentee: { select: { user: { select: { hospitalId: true } } } } },
      },
    },
  });
  return cohorts.map((cohort) => {
    const hospitalIds = cohort.hospitals.map((link) => link.hospital.id);
    const visible = new Set(visibleHospitalIds(actor, hospitalIds));
    const mine = (hospitalId: string | null) =>
      actor.isNetworkAdmin || (hospitalId !== null && visible.has(hospitalId));
    const members = cohort.memberships.filter((m) => mine(m.user.hospitalId));
    return {
      id: cohort.id,
      name: cohort.name,
      status: cohort.status,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      hospitals: cohort.hospitals.map((link) => link.hospital).filter((h) => visible.has(h.id)),
      mentorCount: members.filter((m) => m.role === 'MENTOR').length,
      menteeCount: members.filter((m) => m.role === 'MENTEE').length,
      activeMatchCount: cohort.matches.filter((m) => mine(m.mentee.user.hospitalId)).length,
    };
  });
}
