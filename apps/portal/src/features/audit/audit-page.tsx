import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { AuditRow } from '@preceptor/domain/audit/audit-schemas';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ServerTable } from '../../components/server-table.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { auditQuery, NO_AUDIT_FILTERS } from './api.ts';

const COLUMNS: ColumnDef<AuditRow, unknown>[] = [
  { id: 'when', header: 'When', cell: ({ row }) => formatDateTime(row.original.createdAt) },
  {
    id: 'who',
    header: 'Who',
    cell: ({ row }) =>
      row.original.actorName ?? (row.original.action === 'people.import' ? 'Command line' : 'System'),
  },
  { id: 'action', header: 'Action', cell: ({ row }) => <code>{row.original.action}</code> },
  {
    id: 'record',
    header: 'Record',
    cell: ({ row }) => (
      <Text size="sm">
        {row.original.entityType}{' '}
        <Text span size="xs" c="dimmed">
          {row.original.entityId}
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
  const field = (name: keyof typeof filters) => ({
    value: filters[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      setFilters({ ...filters, [name]: event.currentTarget.value });
      setPage(1);
    },
  });
  return (
    <Stack gap="lg">
      <PageHeader title="Audit log" description="Who did what to which record, and when." />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        <TextInput label="Action" description="e.g. cohort or person.deactivate" {...field('action')} />
        <TextInput label="Who" description="Name or email" {...field('actor')} />
        <TextInput label="Record id" description="Exact id" {...field('entityId')} />
        <TextInput label="From" type="date" description="On or after" {...field('from')} />
        <TextInput label="To" type="date" description="On or before" {...field('to')} />
      </SimpleGrid>
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
