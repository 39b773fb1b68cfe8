import { Group, Pagination, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { formatNumber } from '../lib/format.ts';
import { TableScroll } from './table-scroll.tsx';

export interface ServerSort {
  id: string;
  descending: boolean;
}

interface ServerTableProps<TRow> {
  label: string;
  rows: TRow[];
  columns: ColumnDef<TRow, unknown>[];
  rowKey: (row: TRow) => string;
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** Sorting happens on the server; columns with `enableSorting` get a sort button. */
  sort?: ServerSort;
  onSortChange?: (sort: ServerSort) => void;
  minWidth?: number;
}

/**
 * TanStack Table in "manual" mode (the server sorts, filters and pages) drawn with Mantine's
 * Table, so every admin list behaves and reads the same way.
 */
export function ServerTable<TRow>(props: ServerTableProps<TRow>) {
  const { rows, columns, total, page, pageSize, sort, onSortChange } = props;
  const sorting: SortingState = sort ? [{ id: sort.id, desc: sort.descending }] : [];
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: props.rowKey,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableSortingRemoval: false,
    rowCount: total,
    state: { sorting, pagination: { pageIndex: page - 1, pageSize } },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first && onSortChange) onSortChange({ id: first.id, descending: first.desc });
    },
  });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, first + rows.length - 1);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        Showing {formatNumber(first)}–{formatNumber(last)} of {formatNumber(total)}
      </Text>
      <TableScroll minWidth={props.minWidth ?? 720} label={props.label}>
        <Table striped highlightOnHover aria-label={props.label} verticalSpacing="sm">
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const title = flexRender(header.column.columnDef.header, header.getContext());
                  const sorted = header.column.getIsSorted();
                  return (
                    <Table.Th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                      }
                    >
                      {header.column.getCanSort() && onSortChange ? (
                        <UnstyledButton
                          onClick={header.column.getToggleSortingHandler()}
                          fw={700}
                          fz="sm"
                          aria-label={`Sort by ${String(header.column.columnDef.header)}`}
                        >
                          {title} {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </UnstyledButton>
                      ) : (
                        title
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {table.getRowModel().rows.map((row) => (
              <Table.Tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <Table.Td key={cell.id}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {pages > 1 ? (
        <Group justify="center">
          <Pagination
            total={pages}
            value={page}
            onChange={props.onPageChange}
            getControlProps={(control) => ({
              'aria-label':
                control === 'previous' ? 'Previous page' : control === 'next' ? 'Next page' : control,
            })}
            getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
          />
        </Group>
      ) : null}
    </Stack>
  );
}
