import { Button, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { staffRolesQuery, useRevokeStaffRole } from './api.ts';
import { GrantStaffRoleForm } from './grant-staff-role-form.tsx';

/** Network admins make people coordinators of hospitals, or network admins, and take roles away. */
export function StaffRolesSection() {
  const trpc = useTRPC();
  const roles = useQuery(staffRolesQuery(trpc));
  const revoke = useRevokeStaffRole();

  return (
    <Section title="Staff roles">
      <Stack gap="md">
        <GrantStaffRoleForm />
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
