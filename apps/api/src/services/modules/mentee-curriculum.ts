import type { Db } from '@preceptor/db';
import { type CurriculumItemState, curriculumStatus } from '@preceptor/domain/modules/curriculum-status';
import type { ModuleCompletionStatus } from '@preceptor/domain/modules/module-completion';

export interface AssignedItem extends CurriculumItemState {
  readonly cohortName: string;
}

/**
 * Every module a person's open mentee memberships assign, with its curriculum state. A module
 * assigned by two cohorts is one piece of work: the assignment due first wins.
 */
export async function menteeCurriculum(
  db: Db,
  userId: string,
  now: Date,
): Promise<Map<string, AssignedItem>> {
  const [cohorts, progress] = await Promise.all([
    db.cohort.findMany({
      where: { status: { not: 'CLOSED' }, memberships: { some: { userId, role: 'MENTEE', active: true } } },
      orderBy: { startDate: 'asc' },
      select: {
        name: true,
        sequentialCurriculum: true,
        curriculum: { select: { moduleId: true, position: true, dueAt: true } },
      },
    }),
    db.moduleProgress.findMany({ where: { userId }, select: { moduleId: true, status: true } }),
  ]);
  return assignedModules(cohorts, progress, now);
}

/** A cohort's part in assigning modules: its name, whether its curriculum is sequential, its items. */
export interface MenteeCohort {
  readonly name: string;
  readonly sequentialCurriculum: boolean;
  readonly curriculum: readonly { moduleId: string; position: number | null; dueAt: Date | null }[];
}

/** What a mentee's open cohorts assign, given their progress (COMPLETED or not) and the time. */
export function assignedModules(
  cohorts: readonly MenteeCohort[],
  progress: readonly { moduleId: string; status: string }[],
  now: Date,
): Map<string, AssignedItem> {
  const completions = new Map<string, ModuleCompletionStatus>(
    progress.map((row) => [row.moduleId, row.status === 'COMPLETED' ? 'completed' : 'in_progress']),
  );
  const assigned = new Map<string, AssignedItem>();
  for (const cohort of cohorts) {
    const states = curriculumStatus(
      { sequential: cohort.sequentialCurriculum, items: cohort.curriculum },
      completions,
      now,
    );
    for (const state of states) {
      const earlier = assigned.get(state.moduleId);
      const due = state.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
      if (earlier && (earlier.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) <= due) continue;
      assigned.set(state.moduleId, { ...state, cohortName: cohort.name });
    }
  }
  return assigned;
}
