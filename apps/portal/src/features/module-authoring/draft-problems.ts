import type { ModuleDraft } from '@preceptor/domain/modules/module-content';
import { SECTION_KIND_LABELS } from '@preceptor/domain/modules/new-section';
import { fieldErrors } from '../../lib/errors.ts';
import { kindOf, referencesOfKind } from './module-metadata.ts';

/** A field's message, by its path inside the module (`sections.2.title`). */
export type ProblemAt = (path: string) => string | undefined;

/**
 * The per-field messages of a refused save or publish, keyed by path inside the module. The API
 * names fields by their place in the input (`content.sections.2.title`).
 */
export function draftProblems(error: unknown): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    problems[field.startsWith('content.') ? field.slice('content.'.length) : field] = message;
  }
  return problems;
}

/** The messages under one part of the module: `within(problems, 'sections.2')('title')`. */
export function within(problems: Record<string, string>, prefix: string): ProblemAt {
  return (path) => problems[[prefix, path].filter((part) => part !== '').join('.')];
}

const FIELD_NAMES: Record<string, string> = {
  slug: 'Slug',
  title: 'Title',
  summary: 'Summary',
  competencies: 'Competencies',
  audience: 'Written for',
  estimatedMinutes: 'Estimated minutes',
  ceHours: 'CE hours',
  sections: 'Sections',
  body: 'text',
  prompt: 'prompt',
  discussionQuestions: 'discussion questions',
  questions: 'questions',
  choices: 'choices',
  explanation: 'explanation',
  passMark: 'pass mark',
  attemptsAllowed: 'attempts allowed',
  key: 'key',
  text: 'text',
  objectives: 'Learning objectives',
  taughtIn: 'taught in',
  references: 'References',
  citation: 'citation',
  year: 'year',
  url: 'web address',
  review: 'Review',
  lastReviewed: 'last reviewed',
  reviewerRole: 'reviewer role',
};

/** `objectives.1.text` reads "Objective 2, text"; a reference is named as its own list shows it. */
function describeMetadataField(steps: string[], content: ModuleDraft): string | null {
  const [list, at, ...rest] = steps;
  const tail = rest.map((step) => (FIELD_NAMES[step] ?? step).toLowerCase());
  if (list === 'review' && at !== undefined)
    return ['Review', FIELD_NAMES[at]?.toLowerCase() ?? at].join(', ');
  if (at === undefined || !/^\d+$/.test(at)) return null;
  const index = Number(at);
  if (list === 'objectives') return [`Objective ${index + 1}`, ...tail].join(', ');
  if (list !== 'references') return null;
  const references = content.references ?? [];
  const reference = references[index];
  if (!reference) return [`Reference ${index + 1}`, ...tail].join(', ');
  const kind = kindOf(reference);
  const position = referencesOfKind(references, kind).findIndex((shown) => shown.index === index);
  return [`${kind === 'code_of_ethics' ? 'Code' : 'Reference'} ${position + 1}`, ...tail].join(', ');
}

/**
 * Where a problem is, in the words of the editor: `sections.2.questions.0.prompt` reads
 * "Section 3 (Quiz “Check”), question 1, prompt".
 */
export function describeField(path: string, content: ModuleDraft): string {
  const steps = path.split('.');
  const metadata = describeMetadataField(steps, content);
  if (metadata !== null) return metadata;
  if (steps[0] !== 'sections' || steps[1] === undefined) return FIELD_NAMES[steps[0] ?? ''] ?? path;
  const index = Number(steps[1]);
  const section = content.sections[index];
  const parts = [
    section
      ? `Section ${index + 1} (${SECTION_KIND_LABELS[section.kind]}${section.title.trim() ? ` “${section.title.trim()}”` : ''})`
      : `Section ${index + 1}`,
  ];
  const rest = steps.slice(2);
  for (let i = 0; i < rest.length; i++) {
    const step = rest[i] ?? '';
    const next = rest[i + 1];
    if (
      (step === 'questions' || step === 'choices' || step === 'discussionQuestions') &&
      next !== undefined
    ) {
      const noun = step === 'questions' ? 'question' : step === 'choices' ? 'choice' : 'discussion question';
      parts.push(`${noun} ${Number(next) + 1}`);
      i++;
    } else {
      parts.push((FIELD_NAMES[step] ?? step).toLowerCase());
    }
  }
  return parts.join(', ');
}
