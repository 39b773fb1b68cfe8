import {
  MAX_OBJECTIVES,
  MEASURABLE_OBJECTIVE_MESSAGE,
  MIN_OBJECTIVES,
  ModuleContent,
  UNMEASURABLE_START,
} from './module-content.ts';

/**
 * What may be published to mentees: a complete module that also says what it teaches (3–5
 * measurable learning objectives, which its certificate prints), what it rests on (references with years)
 * and when, and by whom, its facts were last checked. A draft may lack these while it is
 * written; the refusal names each missing part at the editor's field for it.
 */
export const PublishableModule = ModuleContent.superRefine((module, ctx) => {
  const objectives = module.objectives ?? [];
  if (objectives.length < MIN_OBJECTIVES || objectives.length > MAX_OBJECTIVES) {
    ctx.addIssue({
      code: 'custom',
      path: ['objectives'],
      message: `List ${MIN_OBJECTIVES} to ${MAX_OBJECTIVES} learning objectives (found ${objectives.length}).`,
    });
  }
  objectives.forEach((objective, index) => {
    if (UNMEASURABLE_START.test(objective.text.trim()))
      ctx.addIssue({
        code: 'custom',
        path: ['objectives', index, 'text'],
        message: MEASURABLE_OBJECTIVE_MESSAGE,
      });
  });
  if (!(module.references ?? []).some((reference) => (reference.kind ?? 'source') === 'source')) {
    ctx.addIssue({
      code: 'custom',
      path: ['references'],
      message: 'Cite at least one source, with its year.',
    });
  }
  if (module.review === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['review'],
      message: 'Say when the facts and citations were last reviewed, and by whom (a role).',
    });
  }
});
