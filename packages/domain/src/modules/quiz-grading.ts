import { z } from 'zod';
import { DomainError } from '../errors.ts';
import type { QuizSection } from './module-content.ts';

/**
 * A submitted attempt: question key → chosen choice keys. A record rather than a list so the
 * same question cannot be answered twice, and so it stores as-is in `QuizAttempt.answers`.
 */
export const QuizAnswers = z.record(z.string(), z.array(z.string()));
export type QuizAnswers = z.infer<typeof QuizAnswers>;

export interface GradedQuestion {
  readonly key: string;
  readonly correct: boolean;
  /** False when the question was skipped; it still counts as wrong. */
  readonly answered: boolean;
  readonly chosenChoiceKeys: readonly string[];
  readonly correctChoiceKeys: readonly string[];
  readonly explanation: string;
}

export interface QuizGrade {
  readonly questions: readonly GradedQuestion[];
  readonly correctCount: number;
  readonly questionCount: number;
  /** 0–100, unrounded; format it where it is shown. */
  readonly scorePercent: number;
  readonly passMark: number;
  readonly passed: boolean;
}

type GradableQuiz = Pick<QuizSection, 'questions' | 'passMark'>;

/**
 * Grades one attempt. Every question weighs the same; a multiple-answer question earns its point
 * only for exactly the correct set, because partial credit would let "tick everything" pass.
 * Malformed answers are refused rather than scored, since they mean a broken or forged client.
 */
export function gradeQuizAttempt(quiz: GradableQuiz, answers: QuizAnswers): QuizGrade {
  const questionsByKey = new Map(quiz.questions.map((question) => [question.key, question]));
  for (const [questionKey, chosen] of Object.entries(answers)) {
    const question = questionsByKey.get(questionKey);
    if (!question) {
      throw new DomainError('BAD_INPUT', `The quiz has no question "${questionKey}".`, { questionKey });
    }
    const choiceKeys = new Set(question.choices.map((choice) => choice.key));
    const unknown = chosen.filter((key) => !choiceKeys.has(key));
    if (unknown.length > 0) {
      throw new DomainError('BAD_INPUT', `Question "${questionKey}" has no choice "${unknown[0]}".`, {
        questionKey,
        choiceKeys: unknown,
      });
    }
    if (new Set(chosen).size !== chosen.length) {
      throw new DomainError('BAD_INPUT', `Question "${questionKey}" lists the same choice twice.`, {
        questionKey,
      });
    }
    if (question.kind === 'single' && chosen.length > 1) {
      throw new DomainError(
        'BAD_INPUT',
        `Question "${questionKey}" takes one answer; ${chosen.length} were sent.`,
        {
          questionKey,
        },
      );
    }
  }

  const questions = quiz.questions.map((question): GradedQuestion => {
    const chosen = answers[question.key] ?? [];
    const correctChoiceKeys = question.choices.filter((choice) => choice.correct).map((choice) => choice.key);
    const chosenSet = new Set(chosen);
    const correct =
      chosen.length === correctChoiceKeys.length && correctChoiceKeys.every((key) => chosenSet.has(key));
    return {
      key: question.key,
      correct,
      answered: chosen.length > 0,
      chosenChoiceKeys: [...chosen],
      correctChoiceKeys,
      explanation: question.explanation,
    };
  });

  const questionCount = questions.length;
  const correctCount = questions.filter((question) => question.correct).length;
  return {
    questions,
    correctCount,
    questionCount,
    scorePercent: questionCount === 0 ? 0 : (correctCount / questionCount) * 100,
    passMark: quiz.passMark,
    // Integer comparison: 7/9 against a pass mark of 77.78 must not hinge on float rounding.
    passed: correctCount * 100 >= quiz.passMark * questionCount,
  };
}

export type AttemptRefusal = 'already_passed' | 'no_attempts_left';

export type AttemptPermission =
  | {
      readonly allowed: true /** null: unlimited. Counts the attempt about to start. */;
      readonly attemptsRemaining: number | null;
    }
  | { readonly allowed: false; readonly reason: AttemptRefusal; readonly message: string };

/**
 * Whether another attempt may start. A passed quiz is closed: retaking it could only lower a
 * recorded pass or turn the quiz into answer-key practice.
 */
export function canAttemptQuiz(
  attemptsUsed: number,
  attemptsAllowed: number | null,
  alreadyPassed: boolean,
): AttemptPermission {
  if (!Number.isInteger(attemptsUsed) || attemptsUsed < 0) {
    throw new DomainError('BAD_INPUT', 'attemptsUsed must be a whole number, zero or more.', {
      attemptsUsed,
    });
  }
  if (attemptsAllowed !== null && (!Number.isInteger(attemptsAllowed) || attemptsAllowed < 1)) {
    throw new DomainError('BAD_INPUT', 'attemptsAllowed must be a whole number, one or more, or null.', {
      attemptsAllowed,
    });
  }
  if (alreadyPassed) {
    return { allowed: false, reason: 'already_passed', message: 'You have already passed this quiz.' };
  }
  if (attemptsAllowed === null) return { allowed: true, attemptsRemaining: null };
  if (attemptsUsed >= attemptsAllowed) {
    return {
      allowed: false,
      reason: 'no_attempts_left',
      message: `All ${attemptsAllowed} attempts have been used. Talk to your mentor or coordinator about next steps.`,
    };
  }
  return { allowed: true, attemptsRemaining: attemptsAllowed - attemptsUsed };
}
