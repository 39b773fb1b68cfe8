import { Competency, ModuleDraft, type ModuleSection } from '@preceptor/domain/modules/module-content';
import { Profession } from '@preceptor/domain/people/people-schemas';
import { z } from 'zod';
import { metadataOf, type PinnedVersion, quizOf } from './module-record.ts';

/**
 * A stored version back in the file shape, so it can be edited, exported or copied. A draft may
 * be incomplete, so this is a ModuleDraft; published versions passed ModuleContent to get there.
 */
export function versionToContent(slug: string, version: PinnedVersion): ModuleDraft {
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
          ...(section.debrief === null ? {} : { debrief: section.debrief }),
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
  return ModuleDraft.parse({
    slug,
    title: version.title,
    summary: version.summary,
    competencies: z.array(Competency).parse(version.competencies),
    estimatedMinutes: version.estimatedMinutes,
    ceHours: version.ceHours.toNumber(),
    audience: z.array(Profession).parse(version.audience),
    ...metadataOf(version),
    sections,
  });
}
