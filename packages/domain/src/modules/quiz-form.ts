import type { QuizQuestion, QuizSection } from './module-content.ts';
import { seededRandom, shuffled } from './seeded-shuffle.ts';

type BankQuestion = Pick<QuizQuestion, 'key' | 'objective'>;

export interface QuizFormOptions {
  /** Absent: the whole bank, as before quizzes had banks. */
  readonly questionsPerAttempt?: number | undefined;
  readonly seed: number;
  /** Keys earlier attempts drew: a retake prefers questions the learner has not met yet. */
  readonly seen?: readonly string[];
}

/**
 * Draws one parallel form from a question bank: the keys of the questions an attempt asks, in
 * bank order. Objectives take turns (one question from each, then a second from each, …) so
 * every objective is assessed and none dominates; within an objective, unseen questions come
 * first, so a retake tests the objective again rather than the memory of a question.
 * Questions without an objective fill the places left after the objectives' turns in each round.
 * Pure and seeded: the same bank, seed and history always give the same form.
 */
export function drawQuizForm(bank: readonly BankQuestion[], options: QuizFormOptions): string[] {
  const size = Math.min(options.questionsPerAttempt ?? bank.length, bank.length);
  if (size === bank.length) return bank.map((question) => question.key);
  const random = seededRandom(options.seed);
  const seen = new Set(options.seen ?? []);

  const byObjective = new Map<string, BankQuestion[]>();
  const untagged: BankQuestion[] = [];
  for (const question of bank) {
    if (question.objective === undefined) untagged.push(question);
    else byObjective.set(question.objective, [...(byObjective.get(question.objective) ?? []), question]);
  }
  const freshFirst = (questions: readonly BankQuestion[]) => {
    const order = shuffled(questions, random);
    return [...order.filter((q) => !seen.has(q.key)), ...order.filter((q) => seen.has(q.key))];
  };
  const queues = [...shuffled([...byObjective.values()], random).map(freshFirst), freshFirst(untagged)];

  const drawn = new Set<string>();
  for (let round = 0; drawn.size < size; round++) {
    for (const queue of queues) {
      const question = queue[round];
      if (question && drawn.size < size) drawn.add(question.key);
    }
  }
  return bank.filter((question) => drawn.has(question.key)).map((question) => question.key);
}

/**
 * The quiz as one attempt asks it: only the questions it drew, in bank order. An attempt that
 * recorded no keys (opened before quizzes had banks) asked the whole quiz.
 */
export function quizForAttempt<Quiz extends Pick<QuizSection, 'questions'>>(
  quiz: Quiz,
  questionKeys: readonly string[],
): Quiz {
  if (questionKeys.length === 0) return quiz;
  const asked = new Set(questionKeys);
  return { ...quiz, questions: quiz.questions.filter((question) => asked.has(question.key)) };
}
