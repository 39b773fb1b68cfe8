import { type CohortCheckInSummary, summariseCheckIns } from '@preceptor/domain/programme/check-in-summary';
import { cohortsInScope, peopleInScope } from '../access/scope.ts';
import type { ActorContext } from '../service-context.ts';

/**
 * Check-in results by cohort for the reports: satisfaction and "is it working" over the
 * answers of people the staff member may see, and only for cohorts where at least three people
 * answered (the domain's summariseCheckIns enforces it). Comments never leave here.
 */
export async function checkInSummaryByCohort(ctx: ActorContext): Promise<CohortCheckInSummary[]> {
  const { db, actor } = ctx;
  const cohorts = await db.cohort.findMany({
    where: cohortsInScope(actor),
    orderBy: { startDate: 'desc' },
    select: { id: true, name: true },
  });
  const answers = await db.checkIn.findMany({
    where: {
      answeredAt: { not: null },
      user: peopleInScope(actor),
      match: { cohortId: { in: cohorts.map((c) => c.id) } },
    },
    select: { userId: true, satisfaction: true, working: true, match: { select: { cohortId: true } } },
  });
  const summaries = summariseCheckIns(
    answers.flatMap((a) =>
      a.satisfaction !== null && a.working !== null
        ? [
            {
              groupId: a.match.cohortId,
              respondentId: a.userId,
              satisfaction: a.satisfaction,
              working: a.working,
            },
          ]
        : [],
    ),
    cohorts.map((c) => c.id),
  );
  const names = new Map(cohorts.map((c) => [c.id, c.name]));
  return summaries.map((s) => ({ ...s, cohortName: names.get(s.groupId) ?? '' }));
}
