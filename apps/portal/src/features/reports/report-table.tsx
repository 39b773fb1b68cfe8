import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { TableScroll } from '../../components/table-scroll.tsx';

export interface ReportColumn<TRow> {
  header: string;
  cell: (row: TRow) => ReactNode;
}

interface ReportTableProps<TRow> {
  /** Names the table and its scroll region. */
  label: string;
  rows: readonly TRow[];
  columns: readonly ReportColumn<TRow>[];
  rowKey: (row: TRow) => string;
  /** A totals row, drawn after the others. */
  footer?: TRow;
  minWidth?: number;
}

/** A section's numbers as a table: the accessible view of its chart, each figure a link. */
export function ReportTable<TRow>({
  label,
  rows,
  columns,
  rowKey,
  footer,
  minWidth = 560,
}: ReportTableProps<TRow>) {
  const line = (row: TRow, key: string, strong = false) => (
    <Table.Tr key={key} fw={strong ? 700 : undefined}>
      {columns.map((column, index) =>
        index === 0 ? (
          <Table.Th key={column.header} scope="row">
            {column.cell(row)}
          </Table.Th>
        ) : (
          <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
        ),
      )}
    </Table.Tr>
  );
  return (
    <TableScroll minWidth={minWidth} label={label}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows.map((row) => line(row, rowKey(row)))}</Table.Tbody>
        {footer ? <Table.Tfoot>{line(footer, 'footer', true)}</Table.Tfoot> : null}
      </Table>
    </TableScroll>
  );
}
