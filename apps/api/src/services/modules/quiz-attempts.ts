import { DomainError } from '@preceptor/domain/errors';
import { toPublicQuiz } from '@preceptor/domain/modules/module-content';
import type { OpenQuizAttempt, QuizResult } from '@preceptor/domain/modules/module-view-schemas';
import { objectivesToRevisit } from '@preceptor/domain/modules/quiz-feedback';
import { drawQuizForm, quizForAttempt } from '@preceptor/domain/modules/quiz-form';
import { canAttemptQuiz, gradeQuizAttempt, type QuizAnswers } from '@preceptor/domain/modules/quiz-grading';
import { actingPerson } from '../acting-person.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';
import {
  assertUnlocked,
  ensureProgress,
  loadMenteeModule,
  metadataOf,
  quizOf,
  settleCompletion,
} from './module-record.ts';
import { auditCompletion } from './section-progress.ts';

/**
 * Opens an attempt, or returns the one already open (a reload resumes it with the same questions).
 * An attempt counts against attemptsAllowed only once submitted: opening one to see the questions
 * spends nothing, and since at most one is open at a time, re-opening after walking away hands back
 * the same drawn form rather than a fresh one to shop among.
 */
export async function startQuizAttempt(
  ctx: ActorContext,
  input: { moduleId: string },
): Promise<OpenQuizAttempt> {
  const { db, meta } = ctx;
  const user = await actingPerson(ctx);
  const now = ctx.clock.now();
  const { moduleId } = input;
  return db.$transaction(async (tx) => {
    const record = await loadMenteeModule(tx, user.id, { id: moduleId }, now);
    assertUnlocked(record);
    const quiz = quizOf(record.version);
    if (!quiz) throw new DomainError('NOT_FOUND', 'This module has no quiz.');
    const progress = await ensureProgress(tx, user.id, record);
    const attempts = progress.attempts;
    const submitted = attempts.filter((attempt) => attempt.submittedAt !== null).length;
    const permission = canAttemptQuiz(
      submitted,
      quiz.attemptsAllowed,
      attempts.some((attempt) => attempt.passed === true),
    );
    if (!permission.allowed) throw new DomainError('PRECONDITION_FAILED', permission.message);
    const open = attempts.find((attempt) => attempt.submittedAt === null);
    if (open) {
      return {
        attemptId: open.id,
        attemptNumber: open.attemptNumber,
        attemptsRemaining: permission.attemptsRemaining,
        questions: toPublicQuiz(quizForAttempt(quiz, open.questionKeys), open.shuffleSeed),
      };
    }
    // Web Crypto rather than node:crypto: this file is also type-checked by the portal via AppRouter.
    const shuffleSeed = (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) >>> 1;
    // A parallel form: every objective, preferring questions earlier attempts did not ask.
    const questionKeys = drawQuizForm(quiz.questions, {
      questionsPerAttempt: quiz.questionsPerAttempt,
      seed: shuffleSeed,
      seen: attempts.flatMap((attempt) => attempt.questionKeys),
    });
    // (progressId, attemptNumber) is unique: a double click that races here fails instead of
    // opening two attempts with one number.
    const created = await tx.quizAttempt.create({
      data: { progressId: progress.id, attemptNumber: attempts.length + 1, shuffleSeed, questionKeys },
      select: { id: true, attemptNumber: true },
    });
    await writeAudit(tx, user.id, meta, {
      action: 'quiz.attempt.start',
      entityType: 'QuizAttempt',
      entityId: created.id,
      hospitalIds: user.hospitalId ? [user.hospitalId] : [],
      metadata: { moduleId, attemptNumber: created.attemptNumber },
    });
    return {
      attemptId: created.id,
      attemptNumber: created.attemptNumber,
      attemptsRemaining: permission.attemptsRemaining,
      questions: toPublicQuiz(quizForAttempt(quiz, questionKeys), shuffleSeed),
    };
  });
}

/** Grades on the server against the pinned version's answer key; an attempt is graded once. */
export async function submitQuizAttempt(
  ctx: ActorContext,
  input: { attemptId: string; answers: QuizAnswers },
): Promise<QuizResult> {
  const { db, meta } = ctx;
  const user = await actingPerson(ctx);
  const now = ctx.clock.now();
  return db.$transaction(async (tx) => {
    const attempt = await tx.quizAttempt.findUnique({
      where: { id: input.attemptId },
      select: {
        id: true,
        attemptNumber: true,
        submittedAt: true,
        questionKeys: true,
        progress: { select: { userId: true, moduleId: true } },
      },
    });
    if (!attempt || attempt.progress.userId !== user.id) {
      throw new DomainError('NOT_FOUND', 'That quiz attempt does not exist.');
    }
    if (attempt.submittedAt) throw new DomainError('CONFLICT', 'This attempt has already been submitted.');
    const record = await loadMenteeModule(tx, user.id, { id: attempt.progress.moduleId }, now);
    const quiz = quizOf(record.version);
    if (!quiz) throw new DomainError('NOT_FOUND', 'This module has no quiz.');
    // Submitting is what spends an attempt, so the allowance is checked here too.
    const earlier = record.progress?.attempts ?? [];
    const permission = canAttemptQuiz(
      earlier.filter((other) => other.submittedAt !== null).length,
      quiz.attemptsAllowed,
      earlier.some((other) => other.passed === true),
    );
    if (!permission.allowed) throw new DomainError('PRECONDITION_FAILED', permission.message);
    // Graded on exactly the questions this attempt drew: an answer to any other is refused.
    const asked = quizForAttempt(quiz, attempt.questionKeys);
    const grade = gradeQuizAttempt(asked, input.answers);
    // Conditional on still being open, so two racing submissions grade once.
    const updated = await tx.quizAttempt.updateMany({
      where: { id: attempt.id, submittedAt: null },
      data: {
        answers: input.answers,
        scorePercent: grade.scorePercent,
        passed: grade.passed,
        submittedAt: now,
      },
    });
    if (updated.count !== 1) throw new DomainError('CONFLICT', 'This attempt has already been submitted.');
    await writeAudit(tx, user.id, meta, {
      action: 'quiz.attempt.submit',
      entityType: 'QuizAttempt',
      entityId: attempt.id,
      hospitalIds: user.hospitalId ? [user.hospitalId] : [],
      metadata: { moduleId: record.moduleId, scorePercent: grade.scorePercent, passed: grade.passed },
    });
    const { completion, justCompleted } = await settleCompletion(tx, user.id, record, now);
    if (justCompleted) await auditCompletion(tx, user, meta, record.moduleId, record.version.version);

    const attemptsRemaining =
      permission.attemptsRemaining === null ? null : Math.max(0, permission.attemptsRemaining - 1);
    // Once the quiz is closed the answer key and explanations can teach. Before that the learner
    // is sent back to the objectives they missed: the next form asks other questions on them.
    const closed = grade.passed || attemptsRemaining === 0;
    const byKey = new Map(asked.questions.map((question) => [question.key, question]));
    const sectionTitle = new Map(record.version.sections.map((section) => [section.key, section.title]));
    const revisit = grade.passed
      ? []
      : objectivesToRevisit(metadataOf(record.version).objectives ?? [], asked.questions, grade.questions);
    return {
      attemptNumber: attempt.attemptNumber,
      scorePercent: grade.scorePercent,
      passMark: grade.passMark,
      passed: grade.passed,
      correctCount: grade.correctCount,
      questionCount: grade.questionCount,
      attemptsRemaining,
      completion: { status: completion.status, percent: completion.percent, attention: completion.attention },
      objectivesToRevisit: revisit.map((objective) => ({
        key: objective.key,
        text: objective.text,
        sections: objective.taughtIn.flatMap((key) => {
          const title = sectionTitle.get(key);
          return title === undefined ? [] : [{ key, title }];
        }),
      })),
      questions: closed
        ? grade.questions.map((graded) => {
            const question = byKey.get(graded.key);
            return {
              key: graded.key,
              prompt: question?.prompt ?? '',
              correct: graded.correct,
              chosenChoiceKeys: [...graded.chosenChoiceKeys],
              correctChoiceKeys: [...graded.correctChoiceKeys],
              choices: (question?.choices ?? []).map(({ key, text }) => ({ key, text })),
              explanation: graded.explanation,
            };
          })
        : [],
    };
  });
}
