import { Badge, Button, Select, Stack, Text } from '@mantine/core';
import type { OutboxRow, OutboxStatus } from '@preceptor/domain/notifications/email-schemas';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ServerTable } from '../../components/server-table.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { outboxQuery } from './api.ts';
import { OutboxEmailModal } from './outbox-email-modal.tsx';

const STATUS_WORDS: Record<OutboxStatus, { label: string; color: string }> = {
  queued: { label: 'Queued', color: 'blue' },
  digest: { label: 'Held for digest', color: 'grape' },
  sent: { label: 'Sent', color: 'green' },
  failed: { label: 'Failed', color: 'red' },
};

const STATUS_OPTIONS = [
  { value: 'all', label: 'All emails' },
  ...Object.entries(STATUS_WORDS).map(([value, words]) => ({ value, label: words.label })),
];

function columns(open: (row: OutboxRow) => void): ColumnDef<OutboxRow, unknown>[] {
  return [
    { id: 'queued', header: 'Queued', cell: ({ row }) => formatDateTime(row.original.queuedAt) },
    {
      id: 'status',
      header: 'Status',
      cell: ({ row }) => (
        <Badge variant="light" color={STATUS_WORDS[row.original.status].color}>
          {STATUS_WORDS[row.original.status].label}
        </Badge>
      ),
    },
    {
      id: 'to',
      header: 'To',
      cell: ({ row }) => (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {row.original.recipientName ?? 'Removed person'}{' '}
          <Text span size="xs" c="dimmed">
            {row.original.toAddress}
          </Text>
        </Text>
      ),
    },
    {
      id: 'subject',
      header: 'Email',
      cell: ({ row }) => (
        <Stack gap={2} align="flex-start">
          <Button variant="subtle" size="compact-sm" onClick={() => open(row.original)}>
            {row.original.subject}
          </Button>
          <Text size="xs" c="dimmed">
            {row.original.kindLabel}
          </Text>
        </Stack>
      ),
    },
    { id: 'attempts', header: 'Attempts', cell: ({ row }) => row.original.attempts },
    { id: 'sent', header: 'Sent', cell: ({ row }) => formatDateTime(row.original.sentAt) },
    {
      id: 'error',
      header: 'Last error',
      cell: ({ row }) => (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {row.original.lastError ?? '—'}
        </Text>
      ),
    },
  ];
}

/**
 * Every email Preceptor sends, for network admins: on a demo without a mail server this is where
 * each one can be read, as it would arrive.
 */
export function OutboxPage() {
  const trpc = useTRPC();
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  const [page, setPage] = useState(1);
  const [opened, setOpened] = useState<OutboxRow | null>(null);
  const query = useQuery(outboxQuery(trpc, status, page));
  const tableColumns = useMemo(() => columns(setOpened), []);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Outbox"
        description="Every email Preceptor sends, newest first. Without a mail server (SMTP_URL) emails stay queued here."
      />
      <Select
        label="Show"
        data={STATUS_OPTIONS}
        value={status ?? 'all'}
        allowDeselect={false}
        maw={280}
        onChange={(value) => {
          setStatus(value && value !== 'all' ? (value as OutboxStatus) : null);
          setPage(1);
        }}
      />
      <QueryState query={query} what="the outbox">
        {(result) =>
          result.total === 0 ? (
            <EmptyNote title="No emails">
              Nothing has been queued{status ? ' with this status' : ''} yet.
            </EmptyNote>
          ) : (
            <ServerTable
              label="Outbox"
              rows={result.rows}
              columns={tableColumns}
              rowKey={(row) => row.id}
              total={result.total}
              page={result.page}
              pageSize={result.pageSize}
              onPageChange={setPage}
              minWidth={1000}
            />
          )
        }
      </QueryState>
      {opened && <OutboxEmailModal row={opened} onClose={() => setOpened(null)} />}
    </Stack>
  );
}
