import type { NetworkOverview } from '@preceptor/domain/reports/report-schemas';
import { hospitalsInScope } from '../access/scope.ts';
import type { ActorContext } from '../service-context.ts';

/** Per-hospital counts for the hospitals the staff member administers. */
export async function networkOverview(ctx: ActorContext): Promise<NetworkOverview> {
  const { db, actor } = ctx;
  const hospitals = await db.hospital.findMany({
    where: hospitalsInScope(actor),
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      code: true,
      city: true,
      state: true,
      active: true,
      _count: { select: { people: true, cohorts: true } },
    },
  });
  const activeMatches = await db.match.findMany({
    where: { status: 'ACTIVE', mentee: { user: { hospitalId: { in: hospitals.map((h) => h.id) } } } },
    select: { mentee: { select: { user: { select: { hospitalId: true } } } } },
  });
  const matchesByHospital = new Map<string, number>();
  for (const match of activeMatches) {
    const id = match.mentee.user.hospitalId;
    if (id) matchesByHospital.set(id, (matchesByHospital.get(id) ?? 0) + 1);
  }
  const rows = hospitals.map((hospital) => ({
    id: hospital.id,
    name: hospital.name,
    code: hospital.code,
    city: hospital.city,
    state: hospital.state,
    active: hospital.active,
    peopleCount: hospital._count.people,
    cohortCount: hospital._count.cohorts,
    activeMatchCount: matchesByHospital.get(hospital.id) ?? 0,
  }));
  const cohorts = await db.cohort.count({
    where: { hospitals: { some: { hospitalId: { in: hospitals.map((h) => h.id) } } } },
  });
  return {
    hospitals: rows,
    totals: {
      people: rows.reduce((sum, row) => sum + row.peopleCount, 0),
      cohorts,
      activeMatches: activeMatches.length,
    },
  };
}
