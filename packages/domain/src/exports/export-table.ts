import { z } from 'zod';

/** A value one cell of an export holds; dates stay dates so a spreadsheet can sort them. */
export type ExportValue = string | number | boolean | Date | null;

export interface ExportColumn {
  /** The row field the column reads. */
  readonly key: string;
  /** The header the reader sees. */
  readonly label: string;
}

/** What every export starts from, whatever list or report it comes from, before CSV or XLSX. */
export interface ExportTable {
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly Readonly<Record<string, ExportValue>>[];
}

export const ExportFormat = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** The lists that can be downloaded, named as in their URL: `/exports/<list>.<format>`. */
export const ExportList = z.enum(['people', 'cohort-members', 'cohort-matches', 'report-people', 'audit']);
export type ExportList = z.infer<typeof ExportList>;

export const EXPORT_LIST_LABELS: Record<ExportList, string> = {
  people: 'People',
  'cohort-members': 'Cohort members',
  'cohort-matches': 'Cohort matches',
  'report-people': 'People behind a report figure',
  audit: 'Audit log',
};

/**
 * The most rows one export holds. A bigger list is refused with a request to narrow the filters
 * rather than cut short: a file that silently ends early would be read as the whole list.
 */
export const EXPORT_ROW_LIMIT = 20_000;

/** `orMore`: the list was counted only up to `total` and goes on. */
export function exportTooLargeMessage(total: number, orMore = false): string {
  return `This list has ${orMore ? 'more than ' : ''}${total.toLocaleString('en-US')} rows; an export holds up to ${EXPORT_ROW_LIMIT.toLocaleString('en-US')}. Narrow the filters and export again.`;
}

/** A file name for a download: the list's name, a qualifier (a cohort's name) and the day. */
export function exportFileName(parts: readonly string[], day: Date, extension: string): string {
  const slug = parts
    .map((part) =>
      part
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((part) => part.length > 0)
    .join('-');
  return `${slug || 'export'}-${day.toISOString().slice(0, 10)}.${extension}`;
}
