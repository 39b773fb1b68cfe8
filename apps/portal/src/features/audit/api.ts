import { keepPreviousData } from '@tanstack/react-query';
import type { TrpcOptions } from '../../lib/trpc.ts';

/** The audit page's filter fields, as typed. */
export interface AuditFilters {
  action: string;
  actor: string;
  entityId: string;
  /** yyyy-mm-dd; anything else is ignored. */
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { action: '', actor: '', entityId: '', from: '', to: '' };

function day(value: string, endOfDay: boolean): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return new Date(`${value}T${endOfDay ? '23:59:59.999' : '00:00:00'}`);
}

/** One page of the audit log; the previous page stays on screen while the next one loads. */
export const auditQuery = (trpc: TrpcOptions, filters: AuditFilters, page: number) => ({
  ...trpc.audit.list.queryOptions({
    action: filters.action.trim() || undefined,
    actor: filters.actor.trim() || undefined,
    entityId: filters.entityId.trim() || undefined,
    from: day(filters.from, false),
    to: day(filters.to, true),
    page,
    pageSize: 50,
  }),
  placeholderData: keepPreviousData,
});
