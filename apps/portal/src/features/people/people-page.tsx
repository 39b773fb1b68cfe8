import { Badge, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { ACCESS_STATUS_LABELS } from '@preceptor/domain/people/access-status';
import { type PersonRow, PROFESSION_LABELS } from '@preceptor/domain/people/people-schemas';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { ExportButtons } from '../../components/download-buttons.tsx';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { ServerTable } from '../../components/server-table.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { hospitalsQuery } from '../hospitals/api.ts';
import { AccessBadge } from './access-badge.tsx';
import { peopleExportHref, peopleListQuery } from './api.ts';
import { InviteMatchingButton } from './invite-matching-button.tsx';
import type { PeopleSearch } from './people-search.ts';

const PROFESSIONS = Object.entries(PROFESSION_LABELS).map(([value, label]) => ({ value, label }));
const ACCESS_OPTIONS = Object.entries(ACCESS_STATUS_LABELS).map(([value, label]) => ({ value, label }));

const COLUMNS: ColumnDef<PersonRow, unknown>[] = [
  {
    id: 'name',
    header: 'Name',
    accessorFn: (row) => row.name,
    cell: ({ row }) => (
      <Group gap="xs" wrap="nowrap">
        <AnchorLink to="/people/$personId" params={{ personId: row.original.id }} fw={600} size="sm">
          {row.original.name}
        </AnchorLink>
        {row.original.active ? null : (
          <Badge color="gray" variant="light" size="sm">
            Inactive
          </Badge>
        )}
      </Group>
    ),
  },
  { id: 'email', header: 'Email', accessorKey: 'email' },
  {
    id: 'hospital',
    header: 'Hospital',
    accessorFn: (row) => row.hospitalName,
    cell: ({ row }) => row.original.hospitalName ?? '—',
  },
  {
    id: 'profession',
    header: 'Profession',
    accessorFn: (row) => row.profession,
    cell: ({ row }) => (row.original.profession ? PROFESSION_LABELS[row.original.profession] : '—'),
  },
  {
    id: 'specialty',
    header: 'Specialty',
    enableSorting: false,
    cell: ({ row }) => row.original.specialty ?? '—',
  },
  {
    id: 'access',
    header: 'Getting in',
    enableSorting: false,
    cell: ({ row }) => <AccessBadge access={row.original.access} />,
  },
  {
    id: 'roles',
    header: 'In cohorts as',
    enableSorting: false,
    cell: ({ row }) =>
      row.original.cohortRoles.map((role) => (role === 'MENTOR' ? 'Mentor' : 'Mentee')).join(', ') || '—',
  },
];

interface PeoplePageProps {
  search: PeopleSearch;
  onSearchChange: (next: PeopleSearch) => void;
}

export function PeoplePage({ search, onSearchChange }: PeoplePageProps) {
  const trpc = useTRPC();
  const hospitals = useQuery(hospitalsQuery(trpc));
  // Text boxes update at once; the URL (and so the request) follows once typing pauses.
  const [q, setQ] = useState(search.q ?? '');
  const [specialty, setSpecialty] = useState(search.specialty ?? '');
  const set = (patch: Partial<PeopleSearch>) => {
    const next = { ...search, ...patch, page: undefined };
    onSearchChange(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined && v !== '')));
  };
  const commit = useDebouncedCallback((patch: Partial<PeopleSearch>) => set(patch), 300);

  const query = useQuery({
    ...peopleListQuery(trpc, search),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title="People"
        description="Everyone at the hospitals you administer."
        action={
          <Group gap="xs">
            <ButtonLink to="/people/new">Add person</ButtonLink>
            <ButtonLink to="/people/import" variant="default">
              Import CSV
            </ButtonLink>
            <InviteMatchingButton search={search} />
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <TextInput
          label="Search people"
          description="By name or email"
          type="search"
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            commit({ q: event.currentTarget.value.trim() || undefined });
          }}
        />
        <Select
          label="Hospital"
          placeholder="All my hospitals"
          clearable
          data={(hospitals.data ?? []).map((h) => ({ value: h.id, label: h.name }))}
          value={search.hospitalId ?? null}
          onChange={(value) => set({ hospitalId: value ?? undefined })}
        />
        <Select
          label="Profession"
          placeholder="Any profession"
          clearable
          data={PROFESSIONS}
          value={search.profession ?? null}
          onChange={(value) => set({ profession: (value as PeopleSearch['profession']) ?? undefined })}
        />
        <TextInput
          label="Specialty"
          type="search"
          value={specialty}
          onChange={(event) => {
            setSpecialty(event.currentTarget.value);
            commit({ specialty: event.currentTarget.value.trim() || undefined });
          }}
        />
        <Select
          label="Role in cohorts"
          placeholder="Any"
          clearable
          data={[
            { value: 'MENTOR', label: 'Mentors' },
            { value: 'MENTEE', label: 'Mentees' },
            { value: 'NONE', label: 'In no open cohort' },
          ]}
          value={search.cohortRole ?? null}
          onChange={(value) => set({ cohortRole: (value as PeopleSearch['cohortRole']) ?? undefined })}
        />
        <Select
          label="Getting in"
          placeholder="Anyone"
          clearable
          data={ACCESS_OPTIONS}
          value={search.access ?? null}
          onChange={(value) => set({ access: (value as PeopleSearch['access']) ?? undefined })}
        />
        <Select
          label="Status"
          allowDeselect={false}
          data={[
            { value: 'ACTIVE', label: 'Active' },
            { value: 'INACTIVE', label: 'Deactivated' },
            { value: 'ALL', label: 'Everyone' },
          ]}
          value={search.status ?? 'ACTIVE'}
          onChange={(value) =>
            set({ status: value === 'ACTIVE' ? undefined : (value as PeopleSearch['status']) })
          }
        />
      </SimpleGrid>
      <ExportButtons what="people" href={(format) => peopleExportHref(search, format)} />
      <QueryState query={query} what="people">
        {(result) =>
          result.total === 0 ? (
            <EmptyNote title="Nobody matches">
              <Text size="sm">Loosen a filter, or search by part of a name or email address.</Text>
            </EmptyNote>
          ) : (
            <ServerTable
              label="People"
              rows={result.rows}
              columns={COLUMNS}
              rowKey={(row) => row.id}
              total={result.total}
              page={result.page}
              pageSize={result.pageSize}
              onPageChange={(next) => onSearchChange({ ...search, page: next })}
              sort={{ id: search.sort ?? 'name', descending: search.desc ?? false }}
              onSortChange={(sort) =>
                set({ sort: sort.id as PeopleSearch['sort'], desc: sort.descending ? true : undefined })
              }
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
