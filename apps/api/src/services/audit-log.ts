import type { Db, Prisma } from '@preceptor/db';
import type { AuditAction } from '@preceptor/domain/audit/audit-actions';
import type { RequestMeta } from './service-context.ts';

export type { RequestMeta };

export interface AuditEntry {
  /** Dotted verb, e.g. `reflection.read`; each has its readable wording in the domain's audit-actions. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** Hospitals the entry concerns, so each coordinator sees only their own entries. */
  hospitalIds?: readonly string[];
  metadata?: Prisma.InputJsonValue;
}

/**
 * Appends to the audit log. Call it inside the same transaction as the change it
 * records, so a change is never saved without its entry (nor the reverse).
 */
export async function writeAudit(
  db: Db,
  actorId: string | null,
  meta: RequestMeta,
  entry: AuditEntry,
): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      hospitalIds: [...(entry.hospitalIds ?? [])],
      metadata: entry.metadata,
      ipAddress: meta.ipAddress,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
    },
  });
}
