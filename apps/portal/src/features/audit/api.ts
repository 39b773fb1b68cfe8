import { exportHref } from '@preceptor/domain/exports/export-links';
import type { ExportFormat } from '@preceptor/domain/exports/export-table';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

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

function filterInput(filters: AuditFilters) {
  return {
    action: filters.action.trim() || undefined,
    actor: filters.actor.trim() || undefined,
    entityId: filters.entityId.trim() || undefined,
    from: day(filters.from, false),
    to: day(filters.to, true),
  };
}

/** The whole log as filtered on screen, as a file. */
export const auditExportHref = (filters: AuditFilters, format: ExportFormat) =>
  exportHref('audit', format, filterInput(filters));

/** An export is itself audited: the log on screen refreshes to show it. */
export function useRefreshAudit() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
}

/** One page of the audit log; the previous page stays on screen while the next one loads. */
export const auditQuery = (trpc: TrpcOptions, filters: AuditFilters, page: number) => ({
  ...trpc.audit.list.queryOptions({
    ...filterInput(filters),
    page,
    pageSize: 50,
  }),
  placeholderData: keepPreviousData,
});
