import type { LearningObjective, QuizQuestion } from './module-content.ts';
import type { GradedQuestion } from './quiz-grading.ts';

export interface ObjectiveToRevisit {
  readonly key: string;
  readonly text: string;
  /** Lesson and case keys that teach it. */
  readonly taughtIn: readonly string[];
}

/**
 * After a failed attempt the learner is told what to study, not which answers were right: the
 * next form asks other questions on the same objectives, so the key would only be a lookup.
 * Returns the objectives with at least one missed question, in the module's order.
 */
export function objectivesToRevisit(
  objectives: readonly LearningObjective[],
  questions: readonly Pick<QuizQuestion, 'key' | 'objective'>[],
  graded: readonly Pick<GradedQuestion, 'key' | 'correct'>[],
): ObjectiveToRevisit[] {
  const objectiveOf = new Map(questions.map((question) => [question.key, question.objective]));
  const missed = new Set(
    graded.filter((question) => !question.correct).flatMap((question) => objectiveOf.get(question.key) ?? []),
  );
  return objectives
    .filter((objective) => missed.has(objective.key))
    .map((objective) => ({ key: objective.key, text: objective.text, taughtIn: objective.taughtIn ?? [] }));
}
