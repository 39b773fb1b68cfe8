import { Alert, Button, Group, MultiSelect, Paper, Radio, Select, Stack, Table } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { errorMessage, fieldErrors } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { hospitalsQuery, staffRolesQuery, useGrantStaffRole, useRevokeStaffRole } from './api.ts';

/** Network admins make people coordinators of hospitals, or network admins, and take roles away. */
export function StaffRolesSection() {
  const trpc = useTRPC();
  const roles = useQuery(staffRolesQuery(trpc));
  const hospitals = useQuery(hospitalsQuery(trpc));
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 250);
  const people = useQuery(trpc.people.list.queryOptions({ search: search || undefined, pageSize: 30 }));
  const [userId, setUserId] = useState<string | null>(null);
  const [kind, setKind] = useState<'COORDINATOR' | 'NETWORK_ADMIN'>('COORDINATOR');
  const [hospitalIds, setHospitalIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const grant = useGrantStaffRole();
  const revoke = useRevokeStaffRole();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    try {
      const result = await grant.mutateAsync({ userId: userId ?? '', kind, hospitalIds });
      notifications.show({ color: 'green', message: `${result.granted} role(s) granted.` });
      setUserId(null);
      setHospitalIds([]);
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      if (Object.keys(byField).length === 0) setFormError(errorMessage(error));
    }
  };

  return (
    <Section title="Staff roles">
      <Stack gap="md">
        <Paper withBorder p="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              {formError ? (
                <Alert color="red" title="No role was granted">
                  {formError}
                </Alert>
              ) : null}
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
                  value={userId}
                  onChange={setUserId}
                  error={errors.userId}
                />
                <Radio.Group label="Role" value={kind} onChange={(v) => setKind(v as typeof kind)}>
                  <Group mt="xs">
                    <Radio value="COORDINATOR" label="Coordinator" />
                    <Radio value="NETWORK_ADMIN" label="Network admin" />
                  </Group>
                </Radio.Group>
                {kind === 'COORDINATOR' ? (
                  <MultiSelect
                    label="Hospitals to coordinate"
                    data={(hospitals.data ?? [])
                      .filter((h) => h.active)
                      .map((h) => ({ value: h.id, label: h.name }))}
                    value={hospitalIds}
                    onChange={setHospitalIds}
                    error={errors.hospitalIds}
                  />
                ) : null}
              </Group>
              <Group>
                <Button type="submit" loading={grant.isPending}>
                  Grant role
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
        <QueryState query={roles} what="staff roles">
          {(rows) => (
            <TableScroll minWidth={640} label="Staff roles">
              <Table striped aria-label="Staff roles">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Person</Table.Th>
                    <Table.Th scope="col">Role</Table.Th>
                    <Table.Th scope="col">Since</Table.Th>
                    <Table.Th scope="col">Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((role) => (
                    <Table.Tr key={role.id}>
                      <Table.Td>
                        {role.name} · {role.email}
                      </Table.Td>
                      <Table.Td>
                        {role.kind === 'NETWORK_ADMIN'
                          ? 'Network admin'
                          : `Coordinator of ${role.hospitalName}`}
                      </Table.Td>
                      <Table.Td>{formatDate(role.createdAt)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={`Remove ${role.name}'s role`}
                          onClick={async () => {
                            try {
                              await revoke.mutateAsync({ roleId: role.id });
                            } catch (error) {
                              notifications.show({ color: 'red', message: errorMessage(error) });
                            }
                          }}
                        >
                          Remove
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </QueryState>
      </Stack>
    </Section>
  );
}
