/**
 * A module version's content as rows: the version's own columns, its ModuleSection rows in
 * order and the quiz's QuizQuestion rows. One mapping for every writer (the seed, file import,
 * the portal's editor), so a field added to the module file cannot be dropped by one of them.
 */
import type { ModuleDraft, ModuleSection } from '@preceptor/domain/modules/module-content';
import type { Prisma } from '../generated/prisma/client.ts';
import type { SectionKind } from '../generated/prisma/enums.ts';

const SECTION_KIND = {
  lesson: 'LESSON',
  case: 'CASE',
  quiz: 'QUIZ',
  reflection: 'REFLECTION',
} as const satisfies Record<ModuleSection['kind'], SectionKind>;

/** The ModuleVersion columns that hold content (not its number, status or dates). */
export function versionColumns(content: ModuleDraft) {
  return {
    title: content.title,
    summary: content.summary,
    competencies: [...content.competencies],
    estimatedMinutes: content.estimatedMinutes,
    // A string keeps DECIMAL(4,2) exact (validation already limits it to two decimals).
    ceHours: content.ceHours.toFixed(2),
    audience: [...content.audience],
    objectives: (content.objectives ?? []).map(({ key, text, taughtIn }) => ({
      key,
      text,
      ...(taughtIn ? { taughtIn: [...taughtIn] } : {}),
    })),
    references: (content.references ?? []).map((reference) => ({ ...reference })),
    // A calendar date: midnight UTC stores as that day in the DATE column whatever the server zone.
    lastReviewedOn: content.review ? new Date(`${content.review.lastReviewed}T00:00:00Z`) : null,
    reviewerRole: content.review?.reviewerRole ?? null,
  } satisfies Partial<Prisma.ModuleVersionUncheckedCreateInput>;
}

/** The row fields a section maps to; kind-specific fields are null/empty for the other kinds. */
function sectionRow(
  section: ModuleSection,
  versionId: string,
  position: number,
): Prisma.ModuleSectionCreateManyInput {
  const base = {
    versionId,
    key: section.key,
    position,
    kind: SECTION_KIND[section.kind],
    title: section.title,
  };
  switch (section.kind) {
    case 'lesson':
      return { ...base, body: section.body, discussionQuestions: [] };
    case 'case':
      return {
        ...base,
        body: section.body,
        discussionQuestions: section.discussionQuestions,
        debrief: section.debrief ?? null,
      };
    case 'reflection':
      // The prompt is what the mentee answers in their journal.
      return { ...base, body: section.prompt, discussionQuestions: [] };
    case 'quiz':
      return {
        ...base,
        // A quiz has no prose of its own; its questions are rows of their own.
        body: '',
        discussionQuestions: [],
        passMark: section.passMark,
        attemptsAllowed: section.attemptsAllowed,
        shuffle: section.shuffle,
        questionsPerAttempt: section.questionsPerAttempt ?? null,
      };
  }
}

export interface WrittenSection {
  readonly key: string;
  readonly kind: SectionKind;
  /** 1-based. */
  readonly position: number;
}

/** Writes a version's sections (it must have none yet) and quiz questions; returns them in order. */
export async function writeVersionSections(
  tx: Prisma.TransactionClient,
  versionId: string,
  sections: readonly ModuleSection[],
): Promise<WrittenSection[]> {
  if (sections.length === 0) return [];
  const created = await tx.moduleSection.createManyAndReturn({
    data: sections.map((section, index) => sectionRow(section, versionId, index + 1)),
    select: { id: true, key: true, kind: true, position: true },
  });
  const sectionIdByKey = new Map(created.map((section) => [section.key, section.id]));
  const questions = sections.flatMap((section) =>
    section.kind !== 'quiz'
      ? []
      : section.questions.map((question, index) => {
          const sectionId = sectionIdByKey.get(section.key);
          if (!sectionId) throw new Error(`Section ${section.key} was not created`);
          return {
            sectionId,
            key: question.key,
            position: index + 1,
            prompt: question.prompt,
            kind: question.kind === 'single' ? ('SINGLE' as const) : ('MULTIPLE' as const),
            choices: question.choices.map(({ key, text, correct }) => ({ key, text, correct })),
            explanation: question.explanation,
            objectiveKey: question.objective ?? null,
          };
        }),
  );
  if (questions.length > 0) await tx.quizQuestion.createMany({ data: questions });
  return [...created]
    .sort((a, b) => a.position - b.position)
    .map(({ key, kind, position }) => ({ key, kind, position }));
}
