import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AUDIT_ACTION_WORDING, AUDIT_ACTIONS } from '@preceptor/domain/audit/audit-actions';
import type { AuditRow } from '@preceptor/domain/audit/audit-schemas';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { ExportButtons } from '../../components/download-buttons.tsx';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ServerTable } from '../../components/server-table.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { auditExportHref, auditQuery, NO_AUDIT_FILTERS, useRefreshAudit } from './api.ts';

/** The action filter: each kind of event in words, sorted, its code as the value. */
const ACTION_OPTIONS = AUDIT_ACTIONS.map((code) => ({
  value: code,
  label: AUDIT_ACTION_WORDING[code].label,
})).sort((a, b) => a.label.localeCompare(b.label));

const COLUMNS: ColumnDef<AuditRow, unknown>[] = [
  { id: 'when', header: 'When', cell: ({ row }) => formatDateTime(row.original.createdAt) },
  {
    id: 'who',
    header: 'Who',
    cell: ({ row }) =>
      row.original.actorName ?? (row.original.action === 'people.import' ? 'Command line' : 'System'),
  },
  {
    id: 'what',
    header: 'What happened',
    cell: ({ row }) => (
      <Text size="sm">
        {row.original.sentence}{' '}
        <Text span size="xs" c="dimmed">
          ({row.original.action})
        </Text>
      </Text>
    ),
  },
  { id: 'hospitals', header: 'Hospitals', cell: ({ row }) => row.original.hospitals.join(', ') || '—' },
  { id: 'details', header: 'Details', cell: ({ row }) => row.original.summary ?? '—' },
];

/** Admins see every entry; coordinators the entries that concern their hospitals (the API decides). */
export function AuditPage() {
  const trpc = useTRPC();
  const [filters, setFilters] = useState(NO_AUDIT_FILTERS);
  const [debounced] = useDebouncedValue(filters, 300);
  const [page, setPage] = useState(1);
  const query = useQuery(auditQuery(trpc, debounced, page));
  const refresh = useRefreshAudit();
  const change = (name: keyof typeof filters, value: string) => {
    setFilters({ ...filters, [name]: value });
    setPage(1);
  };
  const field = (name: keyof typeof filters) => ({
    value: filters[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => change(name, event.currentTarget.value),
  });
  return (
    <Stack gap="lg">
      <PageHeader title="Audit log" description="Who did what to which record, and when." />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        <TextInput label="Who" description="Name or email of who acted" type="search" {...field('actor')} />
        <Select
          label="Action"
          description="What kind of event"
          placeholder="Any action"
          searchable
          clearable
          data={ACTION_OPTIONS}
          value={filters.action || null}
          onChange={(value) => change('action', value ?? '')}
        />
        <TextInput label="From" type="date" description="On or after" {...field('from')} />
        <TextInput label="To" type="date" description="On or before" {...field('to')} />
        <TextInput label="Record id" description="Exact id" {...field('entityId')} />
      </SimpleGrid>
      <ExportButtons
        what="the audit log"
        href={(format) => auditExportHref(debounced, format)}
        onDownloaded={refresh}
      />
      <QueryState query={query} what="the audit log">
        {(result) =>
          result.total === 0 ? (
            <EmptyNote title="No entries">Nothing matches these filters.</EmptyNote>
          ) : (
            <ServerTable
              label="Audit log"
              rows={result.rows}
              columns={COLUMNS}
              rowKey={(row) => row.id}
              total={result.total}
              page={result.page}
              pageSize={result.pageSize}
              onPageChange={setPage}
              minWidth={900}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
