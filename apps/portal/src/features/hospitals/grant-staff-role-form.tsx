import { Group, MultiSelect, Paper, Radio, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { GrantStaffRoleInput } from '@preceptor/domain/hospitals/hospital-schemas';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SchemaForm } from '../../components/schema-form.tsx';
import { useSchemaForm } from '../../components/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { hospitalsQuery, useGrantStaffRole } from './api.ts';

interface GrantStaffRoleValues {
  userId: string;
  kind: 'COORDINATOR' | 'NETWORK_ADMIN';
  hospitalIds: string[];
}

const FIELDS = ['userId', 'hospitalIds'] as const;

/** Makes a person a coordinator of hospitals, or a network admin. */
export function GrantStaffRoleForm() {
  const trpc = useTRPC();
  const hospitals = useQuery(hospitalsQuery(trpc));
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 250);
  const people = useQuery(trpc.people.list.queryOptions({ search: search || undefined, pageSize: 30 }));
  const grant = useGrantStaffRole();
  const grantForm = useSchemaForm<GrantStaffRoleValues>({
    // Controlled: the hospitals appear only for a coordinator.
    mode: 'controlled',
    initialValues: { userId: '', kind: 'COORDINATOR', hospitalIds: [] },
    schema: GrantStaffRoleInput,
    fields: FIELDS,
    focusRefusedField: true,
    onSubmit: async (values) => {
      const result = await grant.mutateAsync(values);
      notifications.show({ color: 'green', message: `${result.granted} role(s) granted.` });
    },
    // The role kind stays, so granting the same kind to several people in a row is quick.
    onSaved: () => form.setValues({ userId: '', hospitalIds: [] }),
  });
  const { form } = grantForm;

  return (
    <Paper withBorder p="md">
      <SchemaForm state={grantForm} failedTitle="No role was granted" submitLabel="Grant role">
        <Group align="flex-start" wrap="wrap" grow>
          <Select
            label="Person"
            placeholder="Type a name or email"
            searchable
            searchValue={text}
            onSearchChange={setText}
            filter={({ options }) => options}
            data={(people.data?.rows ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} · ${p.email}`,
            }))}
            {...form.getInputProps('userId')}
            value={form.values.userId || null}
            onChange={(value) => form.setFieldValue('userId', value ?? '')}
          />
          <Radio.Group label="Role" {...form.getInputProps('kind')}>
            <Group mt="xs">
              <Radio value="COORDINATOR" label="Coordinator" />
              <Radio value="NETWORK_ADMIN" label="Network admin" />
            </Group>
          </Radio.Group>
          {form.values.kind === 'COORDINATOR' ? (
            <MultiSelect
              label="Hospitals to coordinate"
              data={(hospitals.data ?? [])
                .filter((h) => h.active)
                .map((h) => ({ value: h.id, label: h.name }))}
              {...form.getInputProps('hospitalIds')}
            />
          ) : null}
        </Group>
      </SchemaForm>
    </Paper>
  );
}
