import type { Prisma } from '@preceptor/db';
import type { ExportFilters } from '@preceptor/domain/exports/export-filters';
import {
  EXPORT_LIST_LABELS,
  type ExportFormat,
  type ExportList,
  exportFileName,
} from '@preceptor/domain/exports/export-table';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';
import { buildListExport } from './list-tables.ts';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** Filters as they go in the audit entry: dates as text, empty ones left out. */
function auditedFilters(filters: Record<string, unknown>): Prisma.InputJsonObject {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([key, value]) => [
        key,
        value instanceof Date ? value.toISOString() : (value as Prisma.InputJsonValue),
      ]),
  );
}

/**
 * A list as a file, in the viewer's scope, and its audit entry: who exported which list with
 * which filters, in what format and how many rows. The entry is written once the file is made,
 * so a refused or failed export leaves none.
 */
export async function exportList<L extends ExportList>(
  ctx: ActorContext,
  input: { list: L; format: ExportFormat; filters: ExportFilters<L> },
): Promise<ExportFile> {
  const { list, format, filters } = input;
  const built = await buildListExport(ctx, list, filters);
  const body =
    // The writers (papaparse, write-excel-file) load with the first export, not at start-up.
    format === 'csv'
      ? Buffer.from((await import('@preceptor/domain/exports/csv')).toCsv(built.table), 'utf8')
      : await (await import('./xlsx.ts')).toXlsx(built.table, EXPORT_LIST_LABELS[list]);
  await writeAudit(ctx.db, ctx.actor.userId, ctx.meta, {
    action: 'export.download',
    entityType: 'Export',
    entityId: built.entityId,
    hospitalIds: built.hospitalIds,
    metadata: { list, format, rows: built.table.rows.length, filters: auditedFilters(filters) },
  });
  return {
    fileName: exportFileName([list, ...built.nameParts], ctx.clock.now(), format),
    contentType: CONTENT_TYPES[format],
    body,
  };
}
