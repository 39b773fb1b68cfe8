import { z } from 'zod';
import { Profession } from '../people/people-schemas.ts';
import { ModuleRef } from './authoring-schemas.ts';
import { Competency, PublicQuizQuestion } from './module-content.ts';
import { QuizAnswers } from './quiz-grading.ts';

export const ModuleSlugInput = z.object({ slug: z.string().trim().min(1).max(60) });
/** One schema per reference: a module is `{ moduleId }` wherever a procedure names one. */
export const ModuleIdInput = ModuleRef;

export const MarkSectionDoneInput = ModuleRef.extend({ sectionKey: z.string().min(1).max(60) });
export const SubmitQuizAttemptInput = z.object({
  attemptId: z.uuid(),
  answers: QuizAnswers,
});
export type SubmitQuizAttemptInput = z.infer<typeof SubmitQuizAttemptInput>;

/**
 * An open attempt as the browser receives it. Built only from PublicQuizQuestion, whose choices
 * hold key and text alone: tRPC's output parse drops any `correct` or `explanation` a service
 * might pass by mistake, so the answer key cannot reach the browser before submission.
 */
export const OpenQuizAttempt = z.object({
  attemptId: z.string(),
  attemptNumber: z.number().int(),
  /** Counting this one; null: unlimited. */
  attemptsRemaining: z.number().int().nullable(),
  questions: z.array(PublicQuizQuestion),
});
export type OpenQuizAttempt = z.infer<typeof OpenQuizAttempt>;

export const Completion = z.object({
  status: z.enum(['not_started', 'in_progress', 'completed']),
  percent: z.number().int(),
  attention: z.enum(['quiz_attempts_exhausted']).nullable(),
});

export const QuizResultQuestion = z.object({
  key: z.string(),
  prompt: z.string(),
  correct: z.boolean(),
  chosenChoiceKeys: z.array(z.string()),
  correctChoiceKeys: z.array(z.string()).nullable(),
  choices: z.array(z.object({ key: z.string(), text: z.string() })),
  explanation: z.string(),
});

export const QuizResult = z.object({
  attemptNumber: z.number().int(),
  scorePercent: z.number(),
  passMark: z.number().int(),
  passed: z.boolean(),
  correctCount: z.number().int(),
  questionCount: z.number().int(),
  /** Attempts still available after this one; null: unlimited. */
  attemptsRemaining: z.number().int().nullable(),
  /**
   * The attempt's questions with the answer key and explanations, once the quiz is closed
   * (passed or out of attempts); empty before that, so a retry is not a lookup.
   */
  questions: z.array(QuizResultQuestion),
  /** After a failed attempt: the objectives with a missed question, and where each is taught. */
  objectivesToRevisit: z.array(
    z.object({
      key: z.string(),
      text: z.string(),
      sections: z.array(z.object({ key: z.string(), title: z.string() })),
    }),
  ),
  completion: Completion,
});
export type QuizResult = z.infer<typeof QuizResult>;

const SectionBase = { key: z.string(), title: z.string(), done: z.boolean() };

export const SectionView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lesson'), ...SectionBase, body: z.string() }),
  z.object({
    kind: z.literal('case'),
    ...SectionBase,
    body: z.string(),
    discussionQuestions: z.array(z.string()),
    /** Withheld until the learner has worked the case (marked it done), so it cannot short-cut it. */
    debrief: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('quiz'),
    ...SectionBase,
    passMark: z.number().int(),
    attemptsAllowed: z.number().int().nullable(),
    attemptsUsed: z.number().int(),
    questionCount: z.number().int(),
    passed: z.boolean(),
    lastScorePercent: z.number().nullable(),
    openAttempt: OpenQuizAttempt.nullable(),
  }),
  z.object({
    kind: z.literal('reflection'),
    ...SectionBase,
    prompt: z.string(),
    reflectionId: z.string().nullable(),
  }),
]);
export type SectionView = z.infer<typeof SectionView>;

/** A module as its mentee sees it: their pinned version (or the current one before they start). */
export const MenteeModule = z.object({
  moduleId: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  competencies: z.array(Competency),
  /** The professions the module is written for; empty: no particular profession. */
  audience: z.array(Profession),
  estimatedMinutes: z.number().int(),
  ceHours: z.number(),
  objectives: z.array(z.object({ key: z.string(), text: z.string() })),
  review: z.object({ lastReviewed: z.string(), reviewerRole: z.string() }).nullable(),
  references: z.array(
    z.object({
      citation: z.string(),
      year: z.number().int(),
      url: z.string().optional(),
      kind: z.enum(['source', 'code_of_ethics']).optional(),
    }),
  ),
  version: z.number().int(),
  started: z.boolean(),
  /** A newer version was published after this mentee started; they keep theirs. */
  newerVersionPublished: z.boolean(),
  dueAt: z.date().nullable(),
  locked: z.boolean(),
  blockedByTitle: z.string().nullable(),
  completion: Completion,
  completedAt: z.date().nullable(),
  /** The completion certificate's public id (see certificate-schemas); null until completed. */
  certificateId: z.string().nullable(),
  sections: z.array(SectionView),
});
export type MenteeModule = z.infer<typeof MenteeModule>;

export const StartedReflection = z.object({ reflectionId: z.string(), created: z.boolean() });
