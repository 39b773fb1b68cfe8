import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { HospitalFields, HospitalRow } from '@preceptor/domain/hospitals/hospital-schemas';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { hospitalsQuery, useCreateHospital, useSetHospitalActive, useUpdateHospital } from './api.ts';
import { HospitalFormModal } from './hospital-form-modal.tsx';

const NEW_HOSPITAL: HospitalFields = {
  name: '',
  code: '',
  city: '',
  state: '',
  timeZone: 'America/New_York',
};

/** Partner hospitals and who coordinates them; network admins add, edit and deactivate them. */
export function HospitalAdminSection({ canManage }: { canManage: boolean }) {
  const trpc = useTRPC();
  const query = useQuery(hospitalsQuery(trpc));
  const [editing, setEditing] = useState<HospitalRow | 'new' | null>(null);
  const create = useCreateHospital();
  const update = useUpdateHospital();
  const setActive = useSetHospitalActive();

  return (
    <Section
      title="Partner hospitals"
      action={canManage ? <Button onClick={() => setEditing('new')}>Add hospital</Button> : null}
    >
      <QueryState query={query} what="hospitals">
        {(hospitals) => (
          <TableScroll minWidth={720} label="Partner hospitals">
            <Table striped aria-label="Partner hospitals" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Hospital</Table.Th>
                  <Table.Th scope="col">Code</Table.Th>
                  <Table.Th scope="col">Place</Table.Th>
                  <Table.Th scope="col">Coordinators</Table.Th>
                  <Table.Th scope="col">People</Table.Th>
                  {canManage ? <Table.Th scope="col">Actions</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hospitals.map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Th scope="row">
                      <Text span fw={600} size="sm">
                        {h.name}
                      </Text>
                      {h.active ? null : (
                        <Badge ml="xs" color="gray" variant="light" size="sm">
                          Deactivated
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td>{h.code}</Table.Td>
                    <Table.Td>
                      {h.city}, {h.state} · {h.timeZone}
                    </Table.Td>
                    <Table.Td>{h.coordinators.map((c) => c.name).join(', ') || '—'}</Table.Td>
                    <Table.Td>{h.peopleCount}</Table.Td>
                    {canManage ? (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button size="compact-sm" variant="subtle" onClick={() => setEditing(h)}>
                            Edit<VisuallyHidden> {h.name}</VisuallyHidden>
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color={h.active ? 'red' : undefined}
                            aria-label={`${h.active ? 'Deactivate' : 'Reactivate'} ${h.name}`}
                            onClick={async () => {
                              try {
                                await setActive.mutateAsync({ hospitalId: h.id, active: !h.active });
                              } catch (error) {
                                notifications.show({ color: 'red', message: errorMessage(error) });
                              }
                            }}
                          >
                            {h.active ? 'Deactivate' : 'Reactivate'}
                          </Button>
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </QueryState>
      {editing ? (
        <HospitalFormModal
          title={editing === 'new' ? 'Add a partner hospital' : `Edit ${editing.name}`}
          submitLabel={editing === 'new' ? 'Add hospital' : 'Save changes'}
          initialValues={
            editing === 'new'
              ? NEW_HOSPITAL
              : {
                  name: editing.name,
                  code: editing.code,
                  city: editing.city,
                  state: editing.state,
                  timeZone: editing.timeZone,
                }
          }
          onClose={() => setEditing(null)}
          onSubmit={async (values) => {
            if (editing === 'new') await create.mutateAsync(values);
            else await update.mutateAsync({ hospitalId: editing.id, ...values });
            notifications.show({ color: 'green', message: `${values.name} is saved.` });
          }}
        />
      ) : null}
    </Section>
  );
}
