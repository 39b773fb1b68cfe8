import { z } from 'zod';

export const CohortCurriculumInput = z.object({ cohortId: z.uuid('That is not a cohort id.') });

export const CurriculumEntry = z.object({
  moduleId: z.uuid('Choose a module.'),
  dueAt: z.date().nullable(),
});

/** The whole curriculum at once, in order: position is the place in the list. */
export const SetCurriculumInput = z
  .object({
    cohortId: z.uuid('That is not a cohort id.'),
    sequential: z.boolean(),
    items: z.array(CurriculumEntry).max(50, 'A curriculum holds at most 50 modules.'),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.items.forEach((item, index) => {
      if (seen.has(item.moduleId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'moduleId'],
          message: 'This module is already in the curriculum.',
        });
      }
      seen.add(item.moduleId);
    });
  });
export type SetCurriculumInput = z.infer<typeof SetCurriculumInput>;

export const CohortCurriculum = z.object({
  cohortId: z.string(),
  cohortName: z.string(),
  /** Closed cohorts keep their curriculum as a record. */
  readOnly: z.boolean(),
  sequential: z.boolean(),
  items: z.array(
    z.object({
      moduleId: z.string(),
      slug: z.string(),
      title: z.string(),
      position: z.number().int(),
      dueAt: z.date().nullable(),
    }),
  ),
  /** Modules with a published version, which a curriculum may assign. */
  catalogue: z.array(z.object({ moduleId: z.string(), slug: z.string(), title: z.string() })),
});
export type CohortCurriculum = z.infer<typeof CohortCurriculum>;

export const MenteeModuleProgress = z.object({
  menteeId: z.string(),
  name: z.string(),
  cohortName: z.string(),
  modules: z.array(
    z.object({
      moduleId: z.string(),
      title: z.string(),
      dueAt: z.date().nullable(),
      status: z.enum(['locked', 'available', 'in_progress', 'completed', 'overdue']),
      completedAt: z.date().nullable(),
    }),
  ),
});
export type MenteeModuleProgress = z.infer<typeof MenteeModuleProgress>;
