import { DomainError } from '../errors.ts';
import type { ModuleCompletionStatus } from './module-completion.ts';

export interface CurriculumItemInput {
  readonly moduleId: string;
  readonly dueAt: Date | null;
  /**
   * Order in a sequential curriculum. null puts an item outside the sequence: it is never locked
   * and never locks anything (an optional or catch-up module a coordinator adds mid-cohort).
   */
  readonly position: number | null;
}

export interface CurriculumInput {
  readonly sequential: boolean;
  readonly items: readonly CurriculumItemInput[];
}

export type CurriculumItemStatus = 'locked' | 'available' | 'in_progress' | 'completed' | 'overdue';

export interface CurriculumItemState {
  readonly moduleId: string;
  readonly position: number | null;
  readonly dueAt: Date | null;
  readonly status: CurriculumItemStatus;
  /**
   * Whether the module may be opened. Kept apart from `status` because an item can be both
   * overdue and locked: `status` then says overdue (what staff and the mentee must act on) and
   * this flag keeps the gate.
   */
  readonly locked: boolean;
  /** The first earlier, unfinished module that keeps this one locked. */
  readonly blockedBy: string | null;
}

/**
 * One mentee's view of a cohort curriculum. Items come back in curriculum order: by position,
 * unpositioned items last, ties in input order.
 *
 * Precedence: completed > overdue > locked > in_progress > available. Overdue means not completed
 * and `now` is past the due date (due exactly now is not yet overdue).
 */
export function curriculumStatus(
  curriculum: CurriculumInput,
  completions: ReadonlyMap<string, ModuleCompletionStatus>,
  now: Date,
): CurriculumItemState[] {
  const seen = new Set<string>();
  for (const item of curriculum.items) {
    if (seen.has(item.moduleId)) {
      throw new DomainError('BAD_INPUT', `Module "${item.moduleId}" appears twice in the curriculum.`, {
        moduleId: item.moduleId,
      });
    }
    seen.add(item.moduleId);
  }

  const ordered = curriculum.items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => comparePosition(a.item.position, b.item.position) || a.index - b.index)
    .map(({ item }) => item);

  let firstUnfinished: string | null = null;
  return ordered.map((item) => {
    const completion = completions.get(item.moduleId) ?? 'not_started';
    const inSequence = curriculum.sequential && item.position !== null;
    const blockedBy = inSequence ? firstUnfinished : null;
    if (inSequence && completion !== 'completed' && firstUnfinished === null) firstUnfinished = item.moduleId;

    const locked = blockedBy !== null && completion !== 'completed';
    const overdue = completion !== 'completed' && item.dueAt !== null && now.getTime() > item.dueAt.getTime();
    const status: CurriculumItemStatus =
      completion === 'completed'
        ? 'completed'
        : overdue
          ? 'overdue'
          : locked
            ? 'locked'
            : completion === 'in_progress'
              ? 'in_progress'
              : 'available';
    return {
      moduleId: item.moduleId,
      position: item.position,
      dueAt: item.dueAt,
      status,
      locked,
      blockedBy: locked ? blockedBy : null,
    };
  });
}

function comparePosition(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}
