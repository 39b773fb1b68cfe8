import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { CohortDetail } from '@preceptor/domain/cohorts/cohort-admin-schemas';
import { PROFESSION_LABELS, type Profession } from '@preceptor/domain/people/people-schemas';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useAddCohortMembers } from './api.ts';

const PROFESSIONS = Object.entries(PROFESSION_LABELS).map(([value, label]) => ({ value, label }));

/** Adds people picked by name, or everyone matching a filter, as mentors (with a capacity) or mentees. */
export function AddMembersModal({ cohort, onClose }: { cohort: CohortDetail; onClose: () => void }) {
  const trpc = useTRPC();
  const [role, setRole] = useState<'MENTOR' | 'MENTEE'>('MENTEE');
  const [capacity, setCapacity] = useState<number | string>(2);
  const [how, setHow] = useState<'pick' | 'filter'>('pick');
  const [picked, setPicked] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 250);
  const [profession, setProfession] = useState<string | null>(null);
  const [specialty, setSpecialty] = useState('');
  const myHospitals = cohort.hospitals.filter((h) => h.mine);
  const [hospitalId, setHospitalId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const candidates = useQuery(
    trpc.people.list.queryOptions({ search: search || undefined, pageSize: 50, status: 'ACTIVE' }),
  );
  const [known, setKnown] = useState<Record<string, string>>({});
  const mine = new Set(myHospitals.map((h) => h.name));
  const options = (candidates.data?.rows ?? [])
    .filter((p) => p.hospitalName !== null && mine.has(p.hospitalName))
    .map((p) => ({ value: p.id, label: `${p.name} · ${p.email}` }));
  const data = [
    ...options,
    ...picked
      .filter((id) => !options.some((o) => o.value === id))
      .map((id) => ({ value: id, label: known[id] ?? id })),
  ];

  const add = useAddCohortMembers();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    try {
      const result = await add.mutateAsync({
        cohortId: cohort.id,
        role,
        capacity: role === 'MENTOR' ? (typeof capacity === 'number' ? capacity : Number.NaN) : null,
        userIds: how === 'pick' ? picked : [],
        filter:
          how === 'filter'
            ? {
                profession: (profession as Profession | null) ?? undefined,
                specialty: specialty.trim() || undefined,
                hospitalId: hospitalId ?? undefined,
              }
            : undefined,
      });
      notifications.show({
        color: 'green',
        message: `${result.added} added${result.alreadyMembers ? `, ${result.alreadyMembers} already members` : ''}.`,
      });
      onClose();
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      if (Object.keys(byField).length === 0 || !byField.userIds) setFormError(errorMessage(error));
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Add members to ${cohort.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {formError ? (
            <Alert color="red" title="Nobody was added">
              {formError}
            </Alert>
          ) : null}
          <Radio.Group label="Role in this cohort" value={role} onChange={(v) => setRole(v as typeof role)}>
            <Group mt="xs">
              <Radio value="MENTEE" label="Mentee" />
              <Radio value="MENTOR" label="Mentor" />
            </Group>
          </Radio.Group>
          {role === 'MENTOR' ? (
            <NumberInput
              label="Capacity"
              description="How many mentees each mentor takes"
              min={1}
              max={20}
              value={capacity}
              onChange={setCapacity}
              error={errors.capacity}
              maw={220}
            />
          ) : null}
          <Radio.Group label="Add" value={how} onChange={(v) => setHow(v as typeof how)}>
            <Group mt="xs">
              <Radio value="pick" label="People I pick" />
              <Radio value="filter" label="Everyone matching a filter" />
            </Group>
          </Radio.Group>
          {how === 'pick' ? (
            <MultiSelect
              label="People"
              description={`Active people of ${myHospitals.map((h) => h.code).join(', ')}; type to search`}
              searchable
              searchValue={text}
              onSearchChange={setText}
              filter={({ options: all }) => all}
              data={data}
              value={picked}
              onChange={(ids) => {
                setPicked(ids);
                setKnown((prev) => ({
                  ...prev,
                  ...Object.fromEntries(
                    options.filter((o) => ids.includes(o.value)).map((o) => [o.value, o.label]),
                  ),
                }));
              }}
              nothingFoundMessage={candidates.isFetching ? 'Searching…' : 'Nobody found'}
              error={errors.userIds}
            />
          ) : (
            <Stack gap="sm">
              <Select
                label="Hospital"
                placeholder="Any of my hospitals in this cohort"
                clearable
                data={myHospitals.map((h) => ({ value: h.id, label: h.name }))}
                value={hospitalId}
                onChange={setHospitalId}
              />
              <Select
                label="Profession"
                placeholder="Any profession"
                clearable
                data={PROFESSIONS}
                value={profession}
                onChange={setProfession}
              />
              <TextInput
                label="Specialty contains"
                value={specialty}
                onChange={(e) => setSpecialty(e.currentTarget.value)}
                error={errors.userIds}
              />
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add to cohort
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
