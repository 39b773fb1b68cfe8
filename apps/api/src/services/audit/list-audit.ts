import type { Prisma } from '@preceptor/db';
import type { AuditPage, ListAuditInput } from '@preceptor/domain/audit/audit-schemas';
import { DomainError } from '@preceptor/domain/errors';
import { staffScope } from '@preceptor/domain/permissions/actor';
import type { ActorContext } from '../service-context.ts';

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

/** Admins see every entry; coordinators the entries that concern one of their hospitals. */
export async function listAudit(ctx: ActorContext, input: ListAuditInput): Promise<AuditPage> {
  const { db, actor } = ctx;
  const scope = staffScope(actor);
  if (!scope) throw new DomainError('FORBIDDEN', 'This is for program staff.');
  const actorSearch = input.actor?.trim();
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      scope.kind === 'all' ? {} : { hospitalIds: { hasSome: [...scope.hospitalIds] } },
      input.action ? { action: { startsWith: input.action } } : {},
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
  const [total, entries, hospitals] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
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
  const visible = (id: string) => scope.kind === 'all' || scope.hospitalIds.includes(id);
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    rows: entries.map((entry) => ({
      id: entry.id,
      createdAt: entry.createdAt,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      actorName: entry.actor ? `${entry.actor.firstName} ${entry.actor.lastName}` : null,
      actorEmail: entry.actor?.email ?? null,
      hospitals: entry.hospitalIds.filter(visible).flatMap((id) => hospitalName.get(id) ?? []),
      summary: summarise(entry.metadata),
    })),
  };
}
