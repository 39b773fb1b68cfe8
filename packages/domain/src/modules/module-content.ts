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

/** A text the author must write; the message says which one is missing. */
function text(missing: string, max?: number) {
  const required = z.string().trim().min(1, missing);
  return max === undefined ? required : required.max(max, `Use at most ${max} characters.`);
}

const Title = text('Give it a title.', 200);

export const QuizChoice = z.object({
  key: Key,
  text: text('Write the choice.', 500),
  correct: z.boolean(),
});
export type QuizChoice = z.infer<typeof QuizChoice>;

export const QuizQuestion = z
  .object({
    key: Key,
    prompt: text('Write the question.', 2000),
    kind: z.enum(['single', 'multiple']),
    choices: z.array(QuizChoice).min(2, 'Offer at least two choices.').max(8, 'Offer at most eight choices.'),
    explanation: text('Every question needs an explanation.', 3000),
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
  title: Title,
  body: text('Write the lesson.'),
});
export type LessonSection = z.infer<typeof LessonSection>;

export const CaseSection = z.object({
  kind: z.literal('case'),
  key: Key,
  title: Title,
  body: text('Write the case vignette.'),
  discussionQuestions: z
    .array(text('Write the discussion question.'))
    .min(1, 'Add at least one discussion question.'),
});
export type CaseSection = z.infer<typeof CaseSection>;

export const QuizSection = z.object({
  kind: z.literal('quiz'),
  key: Key,
  title: Title,
  passMark: z.number().int().min(0).max(100),
  /** null: unlimited attempts. */
  attemptsAllowed: z.number().int().min(1).nullable(),
  shuffle: z.boolean(),
  // A draft's quiz may still be empty; publishing needs a question (see ModuleContent).
  questions: z.array(QuizQuestion),
});
export type QuizSection = z.infer<typeof QuizSection>;

export const ReflectionSection = z.object({
  kind: z.literal('reflection'),
  key: Key,
  title: Title,
  prompt: text('Write the reflection prompt.'),
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

/** Enough for any course a mentee finishes in a sitting or two; guards the editor and imports. */
export const MAX_SECTIONS = 40;

/** Sections a module holds exactly one of once published, and at most one of while a draft. */
const SINGLE_SECTION_KINDS = ['quiz', 'reflection'] as const;

/**
 * A module version while an admin works on it. Every part present must be well-formed (keys,
 * texts, answer keys), and nothing may contradict the module's shape (a second quiz, a repeated
 * key), but parts may still be missing: a quiz without questions, no reflection prompt yet.
 */
export const ModuleDraft = z
  .object({
    slug: Key,
    title: Title,
    summary: text('Write a summary.', 2000),
    competencies: z.array(Competency).min(1, 'Choose at least one competency.'),
    estimatedMinutes: z.number().int().min(1).max(600),
    // The database keeps CE hours as DECIMAL(4,2); more precision would be silently rounded away.
    ceHours: z
      .number()
      .min(0)
      .max(40)
      .refine((hours) => Math.abs(hours * 100 - Math.round(hours * 100)) < 1e-9, 'Use at most two decimals.'),
    /** The professions the module is written for; empty: no particular profession. */
    audience: z.array(Profession).default([]),
    sections: z.array(ModuleSection).max(MAX_SECTIONS, `A module has at most ${MAX_SECTIONS} sections.`),
  })
  .superRefine((module, ctx) => {
    for (const kind of SINGLE_SECTION_KINDS) {
      const count = module.sections.filter((section) => section.kind === kind).length;
      if (count > 1) {
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
    const listed = new Set<string>();
    module.audience.forEach((profession, index) => {
      if (listed.has(profession))
        ctx.addIssue({
          code: 'custom',
          path: ['audience', index],
          message: `${profession} is listed twice.`,
        });
      listed.add(profession);
    });
  });
export type ModuleDraft = z.infer<typeof ModuleDraft>;

/**
 * A complete module: what may be published, what the content folder holds and what a mentee
 * takes. A draft plus the parts a mentee needs: one quiz with questions and one reflection prompt.
 */
export const ModuleContent = ModuleDraft.superRefine((module, ctx) => {
  for (const kind of SINGLE_SECTION_KINDS) {
    if (!module.sections.some((section) => section.kind === kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: `A module has exactly one ${kind} section (found 0).`,
      });
    }
  }
  module.sections.forEach((section, index) => {
    if (section.kind === 'quiz' && section.questions.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections', index, 'questions'],
        message: 'Add at least one question to the quiz.',
      });
    }
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
