import type { Db, Prisma } from '@preceptor/db';
import { AUDIT_ACTION_WORDING, auditSentence, isAuditAction } from '@preceptor/domain/audit/audit-actions';
import type {
  AuditFilters,
  AuditPage,
  AuditRow,
  ListAuditInput,
} from '@preceptor/domain/audit/audit-schemas';
import { DomainError } from '@preceptor/domain/errors';
import { type HospitalScope, staffScope } from '@preceptor/domain/permissions/actor';
import type { ActorContext } from '../service-context.ts';
import { auditRecordNamer } from './audit-records.ts';

/** Metadata keys shown in the viewer; anything else (e.g. free text) stays in the database. */
const SHOWN_KEYS = [
  'name',
  'role',
  'capacity',
  'kind',
  'from',
  'to',
  'created',
  'updated',
  'added',
  'source',
  'rows',
  'fields',
];

function summarise(metadata: Prisma.JsonValue): string | null {
  if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata)) return null;
  const parts = SHOWN_KEYS.flatMap((key) => {
    const value = (metadata as Record<string, Prisma.JsonValue>)[key];
    if (value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value)))
      return [];
    return [`${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`];
  });
  return parts.length > 0 ? parts.join('; ') : null;
}

/** The entries a staff member may see that match the filters: admins all, coordinators their hospitals'. */
function auditWhere(scope: HospitalScope, input: AuditFilters): Prisma.AuditLogWhereInput {
  const actorSearch = input.actor?.trim();
  return {
    AND: [
      scope.kind === 'all' ? {} : { hospitalIds: { hasSome: [...scope.hospitalIds] } },
      // A known code is matched exactly (`reflection.share` is not `reflection.shares_revoked`);
      // anything else is a prefix (`cohort`).
      input.action
        ? isAuditAction(input.action)
          ? { action: input.action }
          : { action: { startsWith: input.action } }
        : {},
      input.entityType ? { entityType: input.entityType } : {},
      input.entityId ? { entityId: input.entityId } : {},
      actorSearch
        ? {
            actor: {
              OR: [
                { email: { contains: actorSearch, mode: 'insensitive' } },
                { firstName: { contains: actorSearch, mode: 'insensitive' } },
                { lastName: { contains: actorSearch, mode: 'insensitive' } },
              ],
            },
          }
        : {},
      input.from ? { createdAt: { gte: input.from } } : {},
      input.to ? { createdAt: { lte: input.to } } : {},
    ],
  };
}

/**
 * Admins see every entry; coordinators the entries that concern one of their hospitals. Each
 * row says what happened in words, naming people only within the viewer's hospitals.
 */
export async function listAudit(ctx: ActorContext, input: ListAuditInput): Promise<AuditPage> {
  const { db, actor } = ctx;
  const scope = staffScope(actor);
  if (!scope) throw new DomainError('FORBIDDEN', 'This is for program staff.');
  const where = auditWhere(scope, input);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    auditRows(db, scope, where, (input.page - 1) * input.pageSize, input.pageSize),
  ]);
  return { total, page: input.page, pageSize: input.pageSize, rows };
}

/** Every entry matching the filters (for an export), newest first, and how many there are. */
export async function allAuditRows(
  ctx: ActorContext,
  input: AuditFilters,
  limit: number,
): Promise<{ total: number; rows: AuditRow[] }> {
  const { db, actor } = ctx;
  const scope = staffScope(actor);
  if (!scope) throw new DomainError('FORBIDDEN', 'This is for program staff.');
  const where = auditWhere(scope, input);
  const total = await db.auditLog.count({ where });
  if (total > limit) return { total, rows: [] };
  return { total, rows: await auditRows(db, scope, where, 0, limit) };
}

async function auditRows(
  db: Db,
  scope: HospitalScope,
  where: Prisma.AuditLogWhereInput,
  skip: number,
  take: number,
): Promise<AuditRow[]> {
  const [entries, hospitals] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip,
      take,
      select: {
        id: true,
        createdAt: true,
        action: true,
        entityType: true,
        entityId: true,
        hospitalIds: true,
        metadata: true,
        actor: { select: { firstName: true, lastName: true, email: true } },
      },
    }),
    db.hospital.findMany({ select: { id: true, name: true } }),
  ]);
  const hospitalName = new Map(hospitals.map((h) => [h.id, h.name]));
  const recordName = await auditRecordNamer(db, scope, entries, hospitalName);
  const visible = (id: string) => scope.kind === 'all' || scope.hospitalIds.includes(id);
  return entries.map((entry) => ({
    id: entry.id,
    createdAt: entry.createdAt,
    action: entry.action,
    actionLabel: isAuditAction(entry.action) ? AUDIT_ACTION_WORDING[entry.action].label : entry.action,
    sentence: auditSentence(entry.action, recordName(entry)),
    entityType: entry.entityType,
    entityId: entry.entityId,
    actorName: entry.actor ? `${entry.actor.firstName} ${entry.actor.lastName}` : null,
    actorEmail: entry.actor?.email ?? null,
    hospitals: entry.hospitalIds.filter(visible).flatMap((id) => hospitalName.get(id) ?? []),
    summary: summarise(entry.metadata),
  }));
}
