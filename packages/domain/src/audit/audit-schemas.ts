import { z } from 'zod';

/** What narrows the audit log, on screen and in an export. */
export const AuditFilters = z.object({
  /** A dotted action or its prefix, e.g. `cohort` or `cohort.update`. */
  action: z.string().trim().max(60).optional(),
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(60).optional(),
  /** Email or name of the person who acted. */
  actor: z.string().trim().max(100).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
});
export type AuditFilters = z.infer<typeof AuditFilters>;

export const ListAuditInput = AuditFilters.extend({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(50),
});
export type ListAuditInput = z.infer<typeof ListAuditInput>;

export const AuditRow = z.object({
  id: z.string(),
  createdAt: z.date(),
  action: z.string(),
  /** The kind of event in words ("Ended a match"). */
  actionLabel: z.string(),
  /** What happened in words, naming the record ("Ended the match between …"); never a reflection's words. */
  sentence: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  /** Names of the hospitals the entry concerns that the viewer administers. */
  hospitals: z.array(z.string()),
  /** Key facts of the change (counts, changed fields); never a reflection's words. */
  summary: z.string().nullable(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export const AuditPage = z.object({
  rows: z.array(AuditRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditPage = z.infer<typeof AuditPage>;
