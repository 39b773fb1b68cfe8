import type { ReportFilterOptions } from '@preceptor/domain/reports/report-section-schemas';
import { cohortsInScope, hospitalsInScope } from '../access/scope.ts';
import type { ActorContext } from '../service-context.ts';

/** The cohorts and hospitals a reader may narrow their reports to. */
export async function reportFilterOptions(ctx: ActorContext): Promise<ReportFilterOptions> {
  const { db, actor } = ctx;
  const [cohorts, hospitals] = await Promise.all([
    db.cohort.findMany({
      where: cohortsInScope(actor),
      orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
      select: { id: true, name: true },
    }),
    db.hospital.findMany({
      where: hospitalsInScope(actor),
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
  ]);
  return { cohorts, hospitals };
}
