/**
 * Writes a validated module file (ModuleContent) into the database as a new module version:
 * Module (found or created by slug) → ModuleVersion → ModuleSection rows → QuizQuestion rows.
 *
 * Used by the demo seed and by the admin's "import a module file" feature. Importing a slug
 * that already exists never edits an existing version (published versions are immutable and
 * people's progress is pinned to them); it adds version max+1. When publishing, the versions
 * published before it are RETIRED, so a module has one current published version; people
 * part-way through a retired version keep it.
 *
 * Pass a transaction client: the version, its sections and questions must land together.
 */
import type { ModuleContent, ModuleSection } from '@preceptor/domain/modules/module-content';
import type { Prisma } from '../generated/prisma/client.ts';
import type { SectionKind } from '../generated/prisma/enums.ts';

export interface ImportModuleOptions {
  /** true: the new version is PUBLISHED (and earlier published ones RETIRED); false: a DRAFT. */
  readonly publish: boolean;
  /** The staff member importing; null for system imports. */
  readonly createdById: string | null;
  /** When the version counts as published (default: now); the seed backdates it. */
  readonly publishedAt?: Date;
}

export interface ImportedModule {
  readonly moduleId: string;
  readonly versionId: string;
  readonly slug: string;
  readonly title: string;
  readonly version: number;
  /** True when this import created the module itself (first version). */
  readonly createdModule: boolean;
  readonly status: 'PUBLISHED' | 'DRAFT';
  /** Sections in position order (positions are 1-based). */
  readonly sections: readonly {
    readonly key: string;
    readonly kind: SectionKind;
    readonly position: number;
  }[];
}

const SECTION_KIND = {
  lesson: 'LESSON',
  case: 'CASE',
  quiz: 'QUIZ',
  reflection: 'REFLECTION',
} as const satisfies Record<ModuleSection['kind'], SectionKind>;

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
      return { ...base, body: section.body, discussionQuestions: section.discussionQuestions };
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
      };
  }
}

export async function importModuleContent(
  tx: Prisma.TransactionClient,
  content: ModuleContent,
  options: ImportModuleOptions,
): Promise<ImportedModule> {
  const existing = await tx.module.findUnique({ where: { slug: content.slug }, select: { id: true } });
  const moduleId =
    existing?.id ?? (await tx.module.create({ data: { slug: content.slug }, select: { id: true } })).id;

  // The (moduleId, version) unique index turns a concurrent import of the same slug into an
  // error rather than two versions with one number.
  const latest = existing
    ? await tx.moduleVersion.aggregate({ where: { moduleId }, _max: { version: true } })
    : null;
  const version = (latest?._max.version ?? 0) + 1;
  const status = options.publish ? ('PUBLISHED' as const) : ('DRAFT' as const);

  if (options.publish && existing) {
    await tx.moduleVersion.updateMany({
      where: { moduleId, status: 'PUBLISHED' },
      data: { status: 'RETIRED' },
    });
  }

  const created = await tx.moduleVersion.create({
    data: {
      moduleId,
      version,
      status,
      title: content.title,
      summary: content.summary,
      competencies: [...content.competencies],
      estimatedMinutes: content.estimatedMinutes,
      // A string keeps DECIMAL(4,2) exact (validation already limits it to two decimals).
      ceHours: content.ceHours.toFixed(2),
      publishedAt: options.publish ? (options.publishedAt ?? new Date()) : null,
      createdById: options.createdById,
    },
    select: { id: true },
  });

  const sections = await tx.moduleSection.createManyAndReturn({
    data: content.sections.map((section, index) => sectionRow(section, created.id, index + 1)),
    select: { id: true, key: true, kind: true, position: true },
  });
  const sectionIdByKey = new Map(sections.map((section) => [section.key, section.id]));

  const questions = content.sections.flatMap((section) =>
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
          };
        }),
  );
  if (questions.length > 0) await tx.quizQuestion.createMany({ data: questions });

  return {
    moduleId,
    versionId: created.id,
    slug: content.slug,
    title: content.title,
    version,
    createdModule: !existing,
    status,
    sections: [...sections]
      .sort((a, b) => a.position - b.position)
      .map(({ key, kind, position }) => ({ key, kind, position })),
  };
}
