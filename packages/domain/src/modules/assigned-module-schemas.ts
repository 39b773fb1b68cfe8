import { z } from 'zod';

export const AssignedModuleStatus = z.enum(['locked', 'not_started', 'in_progress', 'completed', 'overdue']);

/** A curriculum module as the mentee sees it on their home page. */
export const AssignedModule = z.object({
  moduleId: z.string(),
  slug: z.string(),
  title: z.string(),
  cohortName: z.string(),
  dueAt: z.date().nullable(),
  estimatedMinutes: z.number().int(),
  status: AssignedModuleStatus,
  /** Sequential curricula: the earlier module that must be completed first. */
  blockedByTitle: z.string().nullable(),
});
export type AssignedModule = z.infer<typeof AssignedModule>;
