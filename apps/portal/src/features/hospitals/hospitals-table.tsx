import { Badge, Group, Table, Text } from '@mantine/core';
import type { HospitalOverview } from '@preceptor/domain/reports/report-schemas';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatNumber } from '../../lib/format.ts';

interface HospitalsTableProps {
  hospitals: HospitalOverview[];
  label: string;
}

export function HospitalsTable({ hospitals, label }: HospitalsTableProps) {
  const sorted = hospitals.toSorted(
    (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name),
  );
  return (
    <TableScroll minWidth={640} label={label}>
      <Table striped highlightOnHover aria-label={label} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Hospital</Table.Th>
            <Table.Th scope="col">Location</Table.Th>
            <Table.Th scope="col" ta="right">
              People
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Cohorts
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Active matches
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((hospital) => (
            <Table.Tr key={hospital.id}>
              <Table.Th scope="row">
                <Group gap="xs" wrap="nowrap">
                  <Text fw={600} size="sm">
                    {hospital.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {hospital.code}
                  </Text>
                  {hospital.active ? null : (
                    <Badge color="gray" variant="light" size="sm">
                      Inactive
                    </Badge>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>
                {hospital.city}, {hospital.state}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(hospital.peopleCount)}</Table.Td>
              <Table.Td ta="right">{formatNumber(hospital.cohortCount)}</Table.Td>
              <Table.Td ta="right">{formatNumber(hospital.activeMatchCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
