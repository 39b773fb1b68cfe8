import type { ModuleContent } from '@preceptor/domain/modules/module-content';
import type { Prisma } from '../generated/prisma/client.ts';

export interface ImportedModule {
  readonly moduleId: string;
  readonly versionId: string;
  readonly version: number;
  readonly slug: string;
  readonly title: string;
  readonly sections: readonly { readonly key: string; readonly kind: string }[];
}

const SECTION_KIND = { lesson: 'LESSON', case: 'CASE', quiz: 'QUIZ', reflection: 'REFLECTION' } as const;

/**
 * Writes a module file as a new version: the module row is created on first import, and
 * importing an existing slug adds the next version (published versions are never edited).
 * Serves the seed and the admin's "import a module file".
 */
export async function importModuleContent(
  tx: Prisma.TransactionClient,
  content: ModuleContent,
  options: { publish: boolean; createdById?: string | null },
): Promise<ImportedModule> {
  const module = await tx.module.upsert({
    where: { slug: content.slug },
    create: { slug: content.slug },
    update: {},
    select: { id: true },
  });
  const latest = await tx.moduleVersion.findFirst({
    where: { moduleId: module.id },
    orderBy: { version: 'desc' },
    select: { version: true },
  });
  const version = await tx.moduleVersion.create({
    data: {
      moduleId: module.id,
      version: (latest?.version ?? 0) + 1,
      status: options.publish ? 'PUBLISHED' : 'DRAFT',
      publishedAt: options.publish ? new Date() : null,
      title: content.title,
      summary: content.summary,
      competencies: content.competencies,
      estimatedMinutes: content.estimatedMinutes,
      ceHours: content.ceHours,
      createdById: options.createdById ?? null,
    },
    select: { id: true, version: true },
  });
  for (const [position, section] of content.sections.entries()) {
    const created = await tx.moduleSection.create({
      data: {
        versionId: version.id,
        key: section.key,
        position,
        kind: SECTION_KIND[section.kind],
        title: section.title,
        body: section.kind === 'reflection' ? section.prompt : section.kind === 'quiz' ? '' : section.body,
        discussionQuestions: section.kind === 'case' ? section.discussionQuestions : [],
        passMark: section.kind === 'quiz' ? section.passMark : null,
        attemptsAllowed: section.kind === 'quiz' ? section.attemptsAllowed : null,
        shuffle: section.kind === 'quiz' ? section.shuffle : null,
      },
      select: { id: true },
    });
    if (section.kind === 'quiz') {
      await tx.quizQuestion.createMany({
        data: section.questions.map((question, index) => ({
          sectionId: created.id,
          key: question.key,
          position: index,
          prompt: question.prompt,
          kind: question.kind === 'single' ? ('SINGLE' as const) : ('MULTIPLE' as const),
          choices: question.choices,
          explanation: question.explanation,
        })),
      });
    }
  }
  return {
    moduleId: module.id,
    versionId: version.id,
    version: version.version,
    slug: content.slug,
    title: content.title,
    sections: content.sections.map((section) => ({ key: section.key, kind: section.kind })),
  };
}
