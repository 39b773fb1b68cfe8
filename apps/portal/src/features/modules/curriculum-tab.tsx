import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { CohortCurriculum } from '@preceptor/domain/modules/curriculum-schemas';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { curriculumQuery, useSetCurriculum } from './api.ts';

interface Row {
  moduleId: string;
  /** YYYY-MM-DD or empty. */
  due: string;
}

const toDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');
// Due at the end of the working day on the US East Coast, like the seeded curricula.
const fromDay = (day: string) => (day ? new Date(`${day}T23:00:00.000Z`) : null);

/** The cohort page's Curriculum tab: modules in order, due dates, and whether order unlocks. */
export function CurriculumTab({ cohortId }: { cohortId: string }) {
  const trpc = useTRPC();
  const query = useQuery(curriculumQuery(trpc, cohortId));
  return (
    <QueryState query={query} what="the curriculum">
      {(curriculum) => <CurriculumEditor curriculum={curriculum} key={JSON.stringify(curriculum.items)} />}
    </QueryState>
  );
}

function CurriculumEditor({ curriculum }: { curriculum: CohortCurriculum }) {
  const [sequential, setSequential] = useState(curriculum.sequential);
  const [rows, setRows] = useState<Row[]>(
    curriculum.items.map((item) => ({ moduleId: item.moduleId, due: toDay(item.dueAt) })),
  );
  const save = useSetCurriculum();
  const errors = fieldErrors(save.error);
  const chosen = new Set(rows.map((row) => row.moduleId));
  const options = (current: string) =>
    curriculum.catalogue
      .filter((module) => module.moduleId === current || !chosen.has(module.moduleId))
      .map((module) => ({ value: module.moduleId, label: module.title }));
  const update = (index: number, change: Partial<Row>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });
  const unused = curriculum.catalogue.find((module) => !chosen.has(module.moduleId));
  const readOnly = curriculum.readOnly;
  return (
    <form
      aria-label="Curriculum"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          cohortId: curriculum.cohortId,
          sequential,
          items: rows.map((row) => ({ moduleId: row.moduleId, dueAt: fromDay(row.due) })),
        });
      }}
    >
      <Stack gap="md">
        <Switch
          label="Unlock modules in order (each opens when the previous one is complete)"
          checked={sequential}
          disabled={readOnly}
          onChange={(event) => setSequential(event.currentTarget.checked)}
        />
        {rows.length === 0 ? <Text c="dimmed">No modules assigned yet.</Text> : null}
        {rows.map((row, index) => (
          <Paper key={row.moduleId} withBorder p="sm">
            <Group align="flex-end" wrap="wrap" gap="sm">
              <Text fw={600} w={24} aria-hidden>
                {index + 1}.
              </Text>
              <Select
                label={`Module ${index + 1}`}
                data={options(row.moduleId)}
                value={row.moduleId}
                allowDeselect={false}
                disabled={readOnly}
                onChange={(value) => value && update(index, { moduleId: value })}
                error={errors[`items.${index}.moduleId`]}
                style={{ flex: '1 1 220px' }}
              />
              <TextInput
                type="date"
                label={`Due date for module ${index + 1}`}
                value={row.due}
                disabled={readOnly}
                onChange={(event) => update(index, { due: event.currentTarget.value })}
              />
              <Group gap={4}>
                <ActionIcon
                  variant="default"
                  aria-label={`Move module ${index + 1} up`}
                  disabled={readOnly || index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={`Move module ${index + 1} down`}
                  disabled={readOnly || index === rows.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </ActionIcon>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  disabled={readOnly}
                  onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
                >
                  Remove
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
        {save.isError ? (
          <Alert color="red" title="Curriculum not saved">
            {errorMessage(save.error)}
          </Alert>
        ) : null}
        {save.isSuccess ? <Text c="green.9">Curriculum saved.</Text> : null}
        {readOnly ? null : (
          <Group>
            <Button
              variant="default"
              disabled={!unused}
              onClick={() =>
                unused && setRows((current) => [...current, { moduleId: unused.moduleId, due: '' }])
              }
            >
              Add a module
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save curriculum
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
