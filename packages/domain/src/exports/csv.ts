import Papa from 'papaparse';
import type { ExportTable, ExportValue } from './export-table.ts';

/**
 * Text a spreadsheet would run as a formula (OWASP "CSV injection"): a cell starting with
 * = + - @, a tab or a carriage return, also after leading spaces or as the full-width forms
 * some spreadsheets accept. Papaparse's own `escapeFormulae: true` misses a cell that holds a
 * line break after the formula (its pattern is anchored at the end without the `s` flag).
 */
export const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** A cell as text a spreadsheet shows and never runs: formula-like text gets a leading `'`. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(value: ExportValue): string | number | boolean {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  return value;
}

/**
 * RFC 4180 CSV (CRLF line ends, quotes where needed) with a byte-order mark so Excel reads UTF-8
 * names right. Numbers and booleans are written as they are; every text cell is neutralised.
 */
export function toCsv(table: ExportTable): string {
  const fields = table.columns.map((column) => neutraliseCell(column.label));
  const data = table.rows.map((row) =>
    table.columns.map((column) => {
      const cell = cellText(row[column.key] ?? null);
      return typeof cell === 'string' ? neutraliseCell(cell) : cell;
    }),
  );
  // Cells are neutralised above; papaparse only quotes and escapes. It ends a header-only file
  // with a line break already, and the last data line without one.
  const text = Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: false });
  return `\uFEFF${text.endsWith('\r\n') ? text : `${text}\r\n`}`;
}
