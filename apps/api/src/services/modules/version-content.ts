import type { Prisma } from '@preceptor/db';
import { Competency, ModuleContent, type ModuleSection } from '@preceptor/domain/modules/module-content';
import { z } from 'zod';
import { type PinnedVersion, quizOf } from './module-record.ts';

/** A stored version back in the file shape, so it can be edited, exported or copied. */
export function versionToContent(slug: string, version: PinnedVersion): ModuleContent {
  const quiz = quizOf(version);
  const sections = version.sections.map((section): ModuleSection => {
    const base = { key: section.key, title: section.title };
    switch (section.kind) {
      case 'LESSON':
        return { kind: 'lesson', ...base, body: section.body };
      case 'CASE':
        return {
          kind: 'case',
          ...base,
          body: section.body,
          discussionQuestions: section.discussionQuestions,
        };
      case 'REFLECTION':
        return { kind: 'reflection', ...base, prompt: section.body };
      default: {
        if (!quiz) throw new Error('A quiz section without its quiz');
        const { key: _key, ...rest } = quiz;
        return { ...rest, ...base };
      }
    }
  });
  return ModuleContent.parse({
    slug,
    title: version.title,
    summary: version.summary,
    competencies: z.array(Competency).parse(version.competencies),
    estimatedMinutes: version.estimatedMinutes,
    ceHours: version.ceHours.toNumber(),
    sections,
  });
}

const KIND = { lesson: 'LESSON', case: 'CASE', quiz: 'QUIZ', reflection: 'REFLECTION' } as const;

/** Writes a draft's sections and questions from content (the draft's old ones already deleted). */
export async function writeSections(
  tx: Prisma.TransactionClient,
  versionId: string,
  content: ModuleContent,
): Promise<void> {
  for (const [index, section] of content.sections.entries()) {
    const created = await tx.moduleSection.create({
      data: {
        versionId,
        key: section.key,
        position: index + 1,
        kind: KIND[section.kind],
        title: section.title,
        body: section.kind === 'reflection' ? section.prompt : section.kind === 'quiz' ? '' : section.body,
        discussionQuestions: section.kind === 'case' ? section.discussionQuestions : [],
        passMark: section.kind === 'quiz' ? section.passMark : null,
        attemptsAllowed: section.kind === 'quiz' ? section.attemptsAllowed : null,
        shuffle: section.kind === 'quiz' ? section.shuffle : null,
      },
      select: { id: true },
    });
    if (section.kind !== 'quiz') continue;
    await tx.quizQuestion.createMany({
      data: section.questions.map((question, position) => ({
        sectionId: created.id,
        key: question.key,
        position: position + 1,
        prompt: question.prompt,
        kind: question.kind === 'single' ? ('SINGLE' as const) : ('MULTIPLE' as const),
        choices: question.choices.map(({ key, text, correct }) => ({ key, text, correct })),
        explanation: question.explanation,
      })),
    });
  }
}
