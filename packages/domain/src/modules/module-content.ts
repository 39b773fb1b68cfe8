import { z } from 'zod';
import { Profession } from '../people/people-schemas.ts';

/**
 * A module as a reviewable file (packages/db/content/modules/*.yaml) and as the admin's
 * import/export format. The database stores the same shape as rows, one version at a time.
 */
export const Competency = z.enum([
  'professional_behaviour',
  'accountability',
  'self_awareness',
  'communication',
  'patient_safety',
]);
export type Competency = z.infer<typeof Competency>;

export const COMPETENCY_LABELS: Record<Competency, string> = {
  professional_behaviour: 'Professional behaviour and ethical principles',
  accountability: 'Accountability and conscientiousness',
  self_awareness: 'Self-awareness and help-seeking',
  communication: 'Communication',
  patient_safety: 'Patient safety',
};

/** Kebab-case; keys are stored in progress rows and URLs, so they must survive every layer unescaped. */
const Key = z
  .string()
  .min(1)
  .max(60)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Use kebab-case: lower-case letters and digits joined by single hyphens.',
  );

export const QuizChoice = z.object({
  key: Key,
  text: z.string().trim().min(1).max(500),
  correct: z.boolean(),
});
export type QuizChoice = z.infer<typeof QuizChoice>;

export const QuizQuestion = z
  .object({
    key: Key,
    prompt: z.string().trim().min(1).max(2000),
    kind: z.enum(['single', 'multiple']),
    choices: z.array(QuizChoice).min(2).max(8),
    explanation: z.string().trim().min(1, 'Every question needs an explanation.').max(3000),
  })
  .superRefine((question, ctx) => {
    const correct = question.choices.filter((choice) => choice.correct).length;
    if (question.kind === 'single' && correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: 'A single-answer question has exactly one correct choice.',
      });
    }
    if (question.kind === 'multiple' && correct < 1) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Mark at least one choice correct.' });
    }
    addDuplicateKeyIssues(question.choices, ['choices'], ctx);
  });
export type QuizQuestion = z.infer<typeof QuizQuestion>;

export const LessonSection = z.object({
  kind: z.literal('lesson'),
  key: Key,
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1),
});
export type LessonSection = z.infer<typeof LessonSection>;

export const CaseSection = z.object({
  kind: z.literal('case'),
  key: Key,
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1),
  discussionQuestions: z.array(z.string().trim().min(1)).min(1),
});
export type CaseSection = z.infer<typeof CaseSection>;

export const QuizSection = z.object({
  kind: z.literal('quiz'),
  key: Key,
  title: z.string().trim().min(1).max(200),
  passMark: z.number().int().min(0).max(100),
  /** null: unlimited attempts. */
  attemptsAllowed: z.number().int().min(1).nullable(),
  shuffle: z.boolean(),
  questions: z.array(QuizQuestion).min(1),
});
export type QuizSection = z.infer<typeof QuizSection>;

export const ReflectionSection = z.object({
  kind: z.literal('reflection'),
  key: Key,
  title: z.string().trim().min(1).max(200),
  prompt: z.string().trim().min(1),
});
export type ReflectionSection = z.infer<typeof ReflectionSection>;

export const ModuleSection = z.discriminatedUnion('kind', [
  LessonSection,
  CaseSection,
  QuizSection,
  ReflectionSection,
]);
export type ModuleSection = z.infer<typeof ModuleSection>;
export type ModuleSectionKind = ModuleSection['kind'];

export const ModuleContent = z
  .object({
    slug: Key,
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().min(1).max(2000),
    competencies: z.array(Competency).min(1),
    estimatedMinutes: z.number().int().min(1).max(600),
    // The database keeps CE hours as DECIMAL(4,2); more precision would be silently rounded away.
    ceHours: z
      .number()
      .min(0)
      .max(40)
      .refine((hours) => Math.abs(hours * 100 - Math.round(hours * 100)) < 1e-9, 'Use at most two decimals.'),
    audience: z.array(Profession).optional(),
    sections: z.array(ModuleSection).min(1),
  })
  .superRefine((module, ctx) => {
    for (const kind of ['quiz', 'reflection'] as const) {
      const count = module.sections.filter((section) => section.kind === kind).length;
      if (count !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections'],
          message: `A module has exactly one ${kind} section (found ${count}).`,
        });
      }
    }
    addDuplicateKeyIssues(module.sections, ['sections'], ctx);
    module.sections.forEach((section, index) => {
      if (section.kind === 'quiz')
        addDuplicateKeyIssues(section.questions, ['sections', index, 'questions'], ctx);
    });
  });
export type ModuleContent = z.infer<typeof ModuleContent>;

function addDuplicateKeyIssues(
  items: readonly { key: string }[],
  path: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.key))
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'key'],
        message: `Duplicate key "${item.key}".`,
      });
    seen.add(item.key);
  });
}

/** A quiz question as the browser receives it before submission: no answer key, no explanation. */
export const PublicQuizQuestion = z.object({
  key: z.string(),
  prompt: z.string(),
  kind: z.enum(['single', 'multiple']),
  choices: z.array(z.object({ key: z.string(), text: z.string() })),
});
export type PublicQuizQuestion = z.infer<typeof PublicQuizQuestion>;
export type PublicQuizChoice = PublicQuizQuestion['choices'][number];

/** mulberry32: a tiny seeded PRNG, so an attempt always shows the same order. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Strips the answer key and, when the quiz asks for it, shuffles questions and choices by `seed`. */
export function toPublicQuiz(
  quiz: Pick<QuizSection, 'questions' | 'shuffle'>,
  seed: number,
): PublicQuizQuestion[] {
  const random = seededRandom(seed);
  const questions = quiz.shuffle ? shuffled(quiz.questions, random) : quiz.questions;
  return questions.map((question) => ({
    key: question.key,
    prompt: question.prompt,
    kind: question.kind,
    choices: (quiz.shuffle ? shuffled(question.choices, random) : question.choices).map(({ key, text }) => ({
      key,
      text,
    })),
  }));
}
