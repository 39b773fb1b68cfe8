import { DomainError } from '../errors.ts';
import type { ModuleSectionKind } from './module-content.ts';

/**
 * The completion rule. A module is complete when:
 *  - every lesson and case section is marked done (the mentee's "mark as done", Canvas-style),
 *  - the quiz is passed (score ≥ pass mark), and
 *  - the reflection is started: a journal entry linked to the module's prompt exists, even as a
 *    draft.
 *
 * Why "started" for the reflection: its words belong to the mentee and, once shared, to their
 * mentor — staff and the completion rule may only see that it exists. Requiring it to be shared
 * would force a disclosure the product promises is the mentee's choice; requiring a mentor's
 * review would make completion wait on someone else and turn the REFLECT rubric, meant for
 * formative feedback, into a gate. Merely opening the prompt proves nothing, so a saved draft is
 * the bar.
 *
 * Moodle also completes a quiz "when all attempts are used" without a pass. We do not: the module
 * carries CE hours, and awarding them without a pass would misstate what was shown. Running out of
 * attempts instead leaves the module in progress with `attention: 'quiz_attempts_exhausted'`, so a
 * mentor or coordinator can step in.
 */
export interface CompletionSection {
  readonly key: string;
  readonly kind: ModuleSectionKind;
  /** Read from the quiz section only; null means unlimited. */
  readonly attemptsAllowed?: number | null;
}

export interface ModuleProgressInput {
  /** Section keys the mentee marked done. Keys of other versions are ignored. */
  readonly completedSectionKeys: readonly string[];
  readonly quizPassed: boolean;
  readonly quizAttemptsUsed: number;
  /** A reflection linked to this module's prompt exists (any status, draft included). */
  readonly reflectionStarted: boolean;
}

export type ModuleCompletionStatus = 'not_started' | 'in_progress' | 'completed';

export interface ModuleCompletion {
  readonly status: ModuleCompletionStatus;
  /** Whole percent of required sections done; reaches 100 only when completed. */
  readonly percent: number;
  /** Required sections not yet done, in module order. */
  readonly remaining: readonly { readonly key: string; readonly kind: ModuleSectionKind }[];
  readonly attention: 'quiz_attempts_exhausted' | null;
}

export function moduleCompletion(
  sections: readonly CompletionSection[],
  progress: ModuleProgressInput,
): ModuleCompletion {
  if (!Number.isInteger(progress.quizAttemptsUsed) || progress.quizAttemptsUsed < 0) {
    throw new DomainError('BAD_INPUT', 'quizAttemptsUsed must be a whole number, zero or more.', {
      quizAttemptsUsed: progress.quizAttemptsUsed,
    });
  }
  const marked = new Set(progress.completedSectionKeys);
  const isDone = (section: CompletionSection): boolean => {
    switch (section.kind) {
      case 'lesson':
      case 'case':
        return marked.has(section.key);
      // A quiz key in completedSectionKeys must never stand in for a pass.
      case 'quiz':
        return progress.quizPassed;
      // The progress row may also record the reflection key; either signal counts.
      case 'reflection':
        return progress.reflectionStarted || marked.has(section.key);
    }
  };

  const remaining = sections.filter((section) => !isDone(section)).map(({ key, kind }) => ({ key, kind }));
  const doneCount = sections.length - remaining.length;
  const quiz = sections.find((section) => section.kind === 'quiz');
  const attemptsAllowed = quiz?.attemptsAllowed ?? null;
  const exhausted =
    quiz !== undefined &&
    !progress.quizPassed &&
    attemptsAllowed !== null &&
    progress.quizAttemptsUsed >= attemptsAllowed;

  const touched = doneCount > 0 || progress.quizAttemptsUsed > 0 || progress.reflectionStarted;
  const status: ModuleCompletionStatus =
    remaining.length === 0 && sections.length > 0 ? 'completed' : touched ? 'in_progress' : 'not_started';
  // Floor, so a module one step from done never shows 100%.
  const percent = sections.length === 0 ? 0 : Math.floor((doneCount / sections.length) * 100);

  return { status, percent, remaining, attention: exhausted ? 'quiz_attempts_exhausted' : null };
}
