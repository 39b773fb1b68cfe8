import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { PROFESSION_LABELS } from '@preceptor/domain/people/professions';
import {
  DRILL_DOWN_COLUMNS,
  type DrillDownColumn,
  type DrillDownFigure,
  type DrillDownRow,
  drillDownHeading,
} from '@preceptor/domain/reports/drill-down-schemas';
import { drillDownTitle } from '@preceptor/domain/reports/drill-down-title';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { ExportButtons } from '../../components/download-buttons.tsx';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { ServerTable } from '../../components/server-table.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { drillDownExportHref, drillDownQuery } from './api.ts';
import { type DrillDownSearch, reportFilterOf } from './report-search.ts';

const ROLE_WORDS = { MENTEE: 'Mentee', MENTOR: 'Mentor' } as const;

function cellText(row: DrillDownRow, column: DrillDownColumn): string {
  const value = row[column];
  if (value === null) return '—';
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'number') return formatNumber(value);
  if (column === 'profession') return PROFESSION_LABELS[row.profession ?? 'OTHER'];
  if (column === 'role') return row.role ? ROLE_WORDS[row.role] : '—';
  return value;
}

function columnsFor(figure: DrillDownFigure): ColumnDef<DrillDownRow, unknown>[] {
  return DRILL_DOWN_COLUMNS[figure].map((column) => ({
    id: column,
    header: drillDownHeading(figure, column),
    cell: ({ row }) => cellText(row.original, column),
  }));
}

interface DrillDownPageProps {
  search: DrillDownSearch;
  onSearchChange: (next: DrillDownSearch) => void;
}

/** The people behind one figure of the reports, under the same filter, searchable and paged. */
export function DrillDownPage({ search, onSearchChange }: DrillDownPageProps) {
  const trpc = useTRPC();
  const query = useQuery({ ...drillDownQuery(trpc, search), placeholderData: keepPreviousData });
  const [text, setText] = useState(search.search ?? '');
  const commit = useDebouncedCallback((value: string) => {
    const { page: _page, search: _search, ...rest } = search;
    onSearchChange(value ? { ...rest, search: value } : rest);
  }, 300);
  const title = drillDownTitle(search);
  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        description="The people behind this figure, under the same filters as the report."
        action={
          <Group gap="xs">
            <ExportButtons what={title} href={(format) => drillDownExportHref(search, format)} />
            <AnchorLink to="/reports" search={reportFilterOf(search)}>
              Back to reports
            </AnchorLink>
          </Group>
        }
      />
      <TextInput
        label="Search this list"
        description="By name or email"
        type="search"
        maw={420}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          commit(event.currentTarget.value.trim());
        }}
      />
      <QueryState query={query} what="this list">
        {(result) =>
          result.total === 0 ? (
            <EmptyNote title="Nobody here">
              <Text size="sm">
                {search.search
                  ? 'Nobody in this list matches that search.'
                  : 'No one is behind this figure now.'}
              </Text>
            </EmptyNote>
          ) : (
            <Stack gap="xs">
              {result.totalCapped ? (
                <Text size="sm">
                  More than {formatNumber(result.total)} rows: the first {formatNumber(result.total)} are
                  shown, in name order. Search, or choose a hospital or cohort on the reports page, to narrow
                  the list.
                </Text>
              ) : null}
              <ServerTable
                label={title}
                rows={result.rows}
                columns={columnsFor(result.figure)}
                rowKey={(row) =>
                  `${row.personId}-${row.cohortName ?? ''}-${row.moduleTitle ?? ''}-${row.counterpart ?? ''}-${row.date?.getTime() ?? ''}`
                }
                total={result.total}
                page={result.page}
                pageSize={result.pageSize}
                onPageChange={(page) => onSearchChange({ ...search, page })}
              />
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
