import { z } from 'zod';

export const ListAuditInput = z.object({
  /** A dotted action or its prefix, e.g. `cohort` or `cohort.update`. */
  action: z.string().trim().max(60).optional(),
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(60).optional(),
  /** Email or name of the person who acted. */
  actor: z.string().trim().max(100).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(50),
});
export type ListAuditInput = z.infer<typeof ListAuditInput>;

export const AuditRow = z.object({
  id: z.string(),
  createdAt: z.date(),
  action: z.string(),
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
