import { Group, MultiSelect, NumberInput, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  AddMembersInput,
  type CohortDetail,
  type MembershipRole,
} from '@preceptor/domain/cohorts/cohort-admin-schemas';
import { PROFESSION_LABELS, type Profession } from '@preceptor/domain/people/professions';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormModal } from '../../components/form-modal.tsx';
import { useSchemaForm } from '../../components/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useAddCohortMembers } from './api.ts';

const PROFESSIONS = Object.entries(PROFESSION_LABELS).map(([value, label]) => ({ value, label }));

interface AddMembersValues {
  role: MembershipRole;
  /** As the number input gives it: a number, or the text being typed. */
  capacity: number | string;
  how: 'pick' | 'filter';
  userIds: string[];
  hospitalId: string | null;
  profession: Profession | null;
  specialty: string;
}

const FIELDS = ['capacity', 'userIds', 'specialty'] as const;

function toAddMembersInput(cohortId: string, values: AddMembersValues): AddMembersInput {
  const { role, capacity, how } = values;
  return {
    cohortId,
    role,
    capacity: role === 'MENTOR' ? (typeof capacity === 'number' ? capacity : Number.NaN) : null,
    userIds: how === 'pick' ? values.userIds : [],
    filter:
      how === 'filter'
        ? {
            profession: values.profession ?? undefined,
            specialty: values.specialty.trim() || undefined,
            hospitalId: values.hospitalId ?? undefined,
          }
        : undefined,
  };
}

/** "Nobody matches that filter" belongs to the filter's inputs when adding by filter. */
function addMembersFieldOf(field: string, values: AddMembersValues): string {
  if (field.startsWith('filter.')) return field.slice('filter.'.length);
  return field === 'userIds' && values.how === 'filter' ? 'specialty' : field;
}

/** Adds people picked by name, or everyone matching a filter, as mentors (with a capacity) or mentees. */
export function AddMembersModal({ cohort, onClose }: { cohort: CohortDetail; onClose: () => void }) {
  const trpc = useTRPC();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 250);
  const myHospitals = cohort.hospitals.filter((h) => h.mine);
  const add = useAddCohortMembers();
  const addForm = useSchemaForm<AddMembersValues>({
    // Controlled: the inputs shown follow the role and how people are chosen.
    mode: 'controlled',
    initialValues: {
      role: 'MENTEE',
      capacity: 2,
      how: 'pick',
      userIds: [],
      hospitalId: null,
      profession: null,
      specialty: '',
    },
    schema: AddMembersInput,
    fields: FIELDS,
    toInput: (values) => toAddMembersInput(cohort.id, values),
    fieldOf: addMembersFieldOf,
    onSubmit: async (values) => {
      const result = await add.mutateAsync(toAddMembersInput(cohort.id, values));
      notifications.show({
        color: 'green',
        message: `${result.added} added${result.alreadyMembers ? `, ${result.alreadyMembers} already members` : ''}.`,
      });
    },
    onSaved: onClose,
  });
  const { form } = addForm;

  const candidates = useQuery(
    trpc.people.list.queryOptions({ search: search || undefined, pageSize: 50, status: 'ACTIVE' }),
  );
  // Labels of people picked under an earlier search, which the current results may not hold.
  const [known, setKnown] = useState<Record<string, string>>({});
  const mine = new Set(myHospitals.map((h) => h.name));
  const options = (candidates.data?.rows ?? [])
    .filter((p) => p.hospitalName !== null && mine.has(p.hospitalName))
    .map((p) => ({ value: p.id, label: `${p.name} · ${p.email}` }));
  const picked = form.values.userIds;
  const data = [
    ...options,
    ...picked
      .filter((id) => !options.some((o) => o.value === id))
      .map((id) => ({ value: id, label: known[id] ?? id })),
  ];

  return (
    <FormModal
      title={`Add members to ${cohort.name}`}
      size="lg"
      onClose={onClose}
      state={addForm}
      failedTitle="Nobody was added"
      submitLabel="Add to cohort"
    >
      <Radio.Group label="Role in this cohort" {...form.getInputProps('role')}>
        <Group mt="xs">
          <Radio value="MENTEE" label="Mentee" />
          <Radio value="MENTOR" label="Mentor" />
        </Group>
      </Radio.Group>
      {form.values.role === 'MENTOR' ? (
        <NumberInput
          label="Capacity"
          description="How many mentees each mentor takes"
          min={1}
          max={20}
          maw={220}
          {...form.getInputProps('capacity')}
        />
      ) : null}
      <Radio.Group label="Add" {...form.getInputProps('how')}>
        <Group mt="xs">
          <Radio value="pick" label="People I pick" />
          <Radio value="filter" label="Everyone matching a filter" />
        </Group>
      </Radio.Group>
      {form.values.how === 'pick' ? (
        <MultiSelect
          label="People"
          description={`Active people of ${myHospitals.map((h) => h.code).join(', ')}; type to search`}
          searchable
          searchValue={text}
          onSearchChange={setText}
          filter={({ options: all }) => all}
          data={data}
          nothingFoundMessage={candidates.isFetching ? 'Searching…' : 'Nobody found'}
          {...form.getInputProps('userIds')}
          onChange={(ids) => {
            form.setFieldValue('userIds', ids);
            setKnown((prev) => ({
              ...prev,
              ...Object.fromEntries(
                options.filter((o) => ids.includes(o.value)).map((o) => [o.value, o.label]),
              ),
            }));
          }}
        />
      ) : (
        <Stack gap="sm">
          <Select
            label="Hospital"
            placeholder="Any of my hospitals in this cohort"
            clearable
            data={myHospitals.map((h) => ({ value: h.id, label: h.name }))}
            {...form.getInputProps('hospitalId')}
          />
          <Select
            label="Profession"
            placeholder="Any profession"
            clearable
            data={PROFESSIONS}
            {...form.getInputProps('profession')}
          />
          <TextInput label="Specialty contains" {...form.getInputProps('specialty')} />
        </Stack>
      )}
    </FormModal>
  );
}
