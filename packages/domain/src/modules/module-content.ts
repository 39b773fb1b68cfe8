import { z } from 'zod';
import { Profession } from '../people/people-schemas.ts';
import { seededRandom, shuffled } from './seeded-shuffle.ts';

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

/**
 * Verbs that name a state of mind rather than something a learner can be seen doing: an assessor
 * cannot check "understand" or "be aware of", but can check "explain", "identify" or "apply".
 * Checked when a module is published (module-publishing.ts), not when it is stored, so versions
 * written before the rule still load and a draft keeps whatever was typed.
 */
export const UNMEASURABLE_START =
  /^(?:(?:be able to|to)\s+)?(?:understand|know|appreciate|learn|realise|realize|comprehend|grasp|believe|value|be (?:aware|familiar|comfortable)|become (?:aware|familiar)|gain (?:an? )?(?:understanding|awareness|appreciation|insight)|have (?:an? )?(?:understanding|awareness|appreciation))\b/i;

export const MEASURABLE_OBJECTIVE_MESSAGE =
  'Start with something a learner can be seen doing (explain, identify, apply, respond…), not a state of mind such as "understand" or "be aware of".';

/** What a learner can do after the module, in words an assessor can check; questions cite its key. */
export const LearningObjective = z.object({
  key: Key,
  text: text('Write the objective.', 300),
  /** The lesson and case sections that teach it: where a learner who missed it is sent back to. */
  taughtIn: z.array(Key).max(10).optional(),
});
export type LearningObjective = z.infer<typeof LearningObjective>;

export const ModuleReference = z.object({
  citation: text('Write the citation.', 600),
  year: z
    .number({ error: 'Give the year of publication.' })
    .int('Give the year of publication.')
    .min(1900, 'Give the year of publication.')
    .max(2100, 'Give the year of publication.'),
  url: z.url('Use a full web address (https://…).').optional(),
  /** Codes of ethics are listed apart from the literature: they bind the professions the module serves. */
  kind: z.enum(['source', 'code_of_ethics']).optional(),
});
export type ModuleReference = z.infer<typeof ModuleReference>;

/** Who last checked the module's facts and citations, and when (a calendar date). */
export const ModuleReview = z.object({
  lastReviewed: z.iso.date('Give the date as YYYY-MM-DD.'),
  reviewerRole: text('Say who reviewed it (a role, not a name).', 200),
});
export type ModuleReview = z.infer<typeof ModuleReview>;

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
    /** The learning objective the question assesses; attempts draw one question per objective first. */
    objective: Key.optional(),
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
  /** What an expert would raise in the discussion; shown once the learner has worked the case. */
  debrief: z.string().trim().min(1, 'Write the debrief or leave it out.').max(6000).optional(),
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
  /** How many questions one attempt draws from the bank; absent: every question, every attempt. */
  questionsPerAttempt: z.number().int().min(1).max(100).optional(),
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

/** A published module states 3–5 learning objectives (drafts may hold fewer while being written). */
export const MIN_OBJECTIVES = 3;
export const MAX_OBJECTIVES = 5;

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
    // Publishing asks for 3–5 (module-publishing.ts); a draft or an older version may hold more.
    objectives: z.array(LearningObjective).max(12, 'List at most twelve objectives.').optional(),
    references: z.array(ModuleReference).max(40).optional(),
    review: ModuleReview.optional(),
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
    addObjectiveIssues(module, ctx);
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
    if (section.kind !== 'quiz') return;
    if (section.questions.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections', index, 'questions'],
        message: 'Add at least one question to the quiz.',
      });
    }
    const perAttempt = section.questionsPerAttempt;
    if (perAttempt === undefined || section.questions.length === 0) return;
    if (perAttempt > section.questions.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections', index, 'questionsPerAttempt'],
        message: `An attempt cannot draw ${perAttempt} questions from a bank of ${section.questions.length}.`,
      });
    }
    // Unknown objectives are reported by the draft's own check; count only the module's.
    const known = new Set((module.objectives ?? []).map((objective) => objective.key));
    const assessed = new Set(
      section.questions.flatMap((question) =>
        question.objective !== undefined && known.has(question.objective) ? [question.objective] : [],
      ),
    );
    if (perAttempt < assessed.size) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections', index, 'questionsPerAttempt'],
        message: `An attempt of ${perAttempt} questions cannot cover all ${assessed.size} objectives the quiz assesses.`,
      });
    }
  });
});

/**
 * Objective keys are unique and every question's objective exists. Where an objective is taught
 * is checked by the curriculum lint instead: removing a lesson must not make a draft unsavable.
 */
function addObjectiveIssues(
  module: Pick<ModuleDraft, 'objectives' | 'sections'>,
  ctx: z.RefinementCtx,
): void {
  const objectives = module.objectives ?? [];
  addDuplicateKeyIssues(objectives, ['objectives'], ctx);
  const known = new Set(objectives.map((objective) => objective.key));
  module.sections.forEach((section, index) => {
    if (section.kind !== 'quiz') return;
    section.questions.forEach((question, at) => {
      if (question.objective !== undefined && !known.has(question.objective))
        ctx.addIssue({
          code: 'custom',
          path: ['sections', index, 'questions', at, 'objective'],
          message: `The module has no objective "${question.objective}".`,
        });
    });
  });
}
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
