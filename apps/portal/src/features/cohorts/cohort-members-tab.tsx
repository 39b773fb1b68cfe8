import { Badge, Button, Group, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { CohortDetail, MemberRow } from '@preceptor/domain/cohorts/cohort-admin-schemas';
import { PROFESSION_LABELS } from '@preceptor/domain/people/professions';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ExportButtons } from '../../components/download-buttons.tsx';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { ServerTable } from '../../components/server-table.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { InviteCohortButton } from '../people/index.ts';
import { AddMembersModal } from './add-members-modal.tsx';
import { membersExportHref, useRemoveCohortMember } from './api.ts';

const PAGE_SIZE = 25;

export function CohortMembersTab({ cohort }: { cohort: CohortDetail }) {
  const trpc = useTRPC();
  const [role, setRole] = useState<'ALL' | 'MENTOR' | 'MENTEE'>('ALL');
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 300);
  const [page, setPage] = useState(1);
  const [adding, { open, close }] = useDisclosure(false);
  const query = useQuery({
    ...trpc.cohorts.members.queryOptions({
      cohortId: cohort.id,
      role: role === 'ALL' ? undefined : role,
      search: search || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const remove = useRemoveCohortMember();
  const [removing, setRemoving] = useState<MemberRow | null>(null);

  const columns = useMemo<ColumnDef<MemberRow, unknown>[]>(
    () => [
      {
        id: 'name',
        header: 'Name',
        cell: ({ row }) => (
          <AnchorLink to="/people/$personId" params={{ personId: row.original.userId }} fw={600}>
            {row.original.name}
          </AnchorLink>
        ),
      },
      { id: 'email', header: 'Email', accessorKey: 'email' },
      { id: 'hospital', header: 'Hospital', cell: ({ row }) => row.original.hospitalName ?? '—' },
      {
        id: 'profession',
        header: 'Profession',
        cell: ({ row }) => (row.original.profession ? PROFESSION_LABELS[row.original.profession] : '—'),
      },
      {
        id: 'role',
        header: 'Role',
        cell: ({ row }) => (
          <Badge variant="light" color={row.original.role === 'MENTOR' ? 'blue' : 'teal'}>
            {row.original.role === 'MENTOR' ? `Mentor · ${row.original.capacity ?? 0} max` : 'Mentee'}
          </Badge>
        ),
      },
      {
        id: 'actions',
        header: 'Actions',
        cell: ({ row }) =>
          cohort.readOnly ? null : (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={`Remove ${row.original.name} from the cohort`}
              onClick={() => {
                remove.reset();
                setRemoving(row.original);
              }}
            >
              Remove
            </Button>
          ),
      },
    ],
    [cohort.readOnly, remove.reset],
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label="Search members"
            type="search"
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setPage(1);
            }}
          />
          <SegmentedControl
            aria-label="Role"
            value={role}
            onChange={(value) => {
              setRole(value as typeof role);
              setPage(1);
            }}
            data={[
              { value: 'ALL', label: 'Everyone' },
              { value: 'MENTOR', label: 'Mentors' },
              { value: 'MENTEE', label: 'Mentees' },
            ]}
          />
        </Group>
        {cohort.readOnly ? null : (
          <Group gap="xs">
            <Button onClick={open}>Add members</Button>
            <ButtonLink variant="default" to="/people/import" search={{ cohortId: cohort.id }}>
              Import into this cohort
            </ButtonLink>
            <InviteCohortButton cohortId={cohort.id} cohortName={cohort.name} />
          </Group>
        )}
      </Group>
      <ExportButtons
        what={`the members of ${cohort.name}`}
        href={(format) =>
          membersExportHref(
            cohort.id,
            { role: role === 'ALL' ? undefined : role, search: search || undefined },
            format,
          )
        }
      />
      <QueryState query={query} what="members">
        {(result) =>
          result.total === 0 ? (
            <EmptyNote title={search || role !== 'ALL' ? 'No member matches' : 'No members yet'}>
              {cohort.readOnly
                ? 'This closed cohort had none of your hospitals’ people.'
                : 'Add people as mentors or mentees, or import them from a CSV file.'}
            </EmptyNote>
          ) : (
            <ServerTable
              label={`Members of ${cohort.name}`}
              rows={result.rows}
              columns={columns}
              rowKey={(row) => row.membershipId}
              total={result.total}
              page={result.page}
              pageSize={result.pageSize}
              onPageChange={setPage}
            />
          )
        }
      </QueryState>
      <ConfirmDialog
        opened={removing !== null}
        title={removing ? `Remove ${removing.name}?` : 'Remove member?'}
        confirmLabel="Remove from cohort"
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          // A refusal (e.g. the member is in a match) shows in the dialog; nothing else to handle.
          remove.mutate(
            { membershipId: removing.membershipId },
            {
              onSuccess: () => {
                notifications.show({ message: `${removing.name} was removed from the cohort.` });
                setRemoving(null);
              },
            },
          );
        }}
      >
        {removing
          ? `${removing.name} leaves ${cohort.name}. Their profile and their history in the cohort stay; someone in a match must have it ended first.`
          : ''}
      </ConfirmDialog>
      {adding ? <AddMembersModal cohort={cohort} onClose={close} /> : null}
    </Stack>
  );
}
