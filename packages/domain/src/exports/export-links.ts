import type { ExportFormat, ExportList } from './export-table.ts';

// Download links, apart from the filters' schemas: the portal builds these links on pages (the
// home page among them) that need nothing else of zod, so this module imports none of it.

type QueryValue = string | number | boolean | Date | null | undefined;

function queryString(filters: Readonly<Record<string, QueryValue>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, value instanceof Date ? value.toISOString() : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The download link of a list with its filters (empty ones left out). */
export function exportHref(
  list: ExportList,
  format: ExportFormat,
  filters: Readonly<Record<string, QueryValue>>,
): string {
  return `/exports/${list}.${format}${queryString(filters)}`;
}

export function cohortSummaryHref(cohortId: string): string {
  return `/exports/cohort-summary.pdf${queryString({ cohortId })}`;
}
