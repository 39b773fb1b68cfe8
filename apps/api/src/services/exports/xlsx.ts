import type { ExportTable, ExportValue } from '@preceptor/domain/exports/export-table';
import writeXlsxFile, { type Cell } from 'write-excel-file/node';

/**
 * Every text goes in as a text cell (never a formula), so a name like `=HYPERLINK(…)` is shown,
 * not run; numbers, booleans and dates keep their type so the sheet can sum and sort them.
 */
function cell(value: ExportValue): Cell {
  if (value === null) return null;
  if (typeof value === 'string') return { type: String, value };
  if (typeof value === 'number') return { type: Number, value };
  if (typeof value === 'boolean') return { type: Boolean, value };
  return { type: Date, value, format: 'yyyy-mm-dd hh:mm' };
}

export async function toXlsx(table: ExportTable, sheet: string): Promise<Buffer> {
  const header: Cell[] = table.columns.map((column) => ({
    type: String,
    value: column.label,
    fontWeight: 'bold',
  }));
  const rows = table.rows.map((row) => table.columns.map((column) => cell(row[column.key] ?? null)));
  return writeXlsxFile([header, ...rows], {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ]
    sheet: sheet.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31),
    columns: table.columns.map((column) => ({ width: Math.max(12, Math.min(40, column.label.length + 4)) })),
    stickyRowsCount: 1,
  }).toBuffer();
}
