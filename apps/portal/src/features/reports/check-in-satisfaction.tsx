import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { checkInSummaryQuery } from '../programme/api.ts';
import type { ReportSearch } from './report-search.ts';

/**
 * Check-in satisfaction per cohort, from the check-ins' own pooled figures: a cohort shows only
 * once three different people have answered, and never one person's answer.
 */
export function CheckInSatisfaction({ filter }: { filter: ReportSearch }) {
  const query = useQuery(checkInSummaryQuery(useTRPC()));
  const shown = (query.data ?? []).filter(
    (cohort) => cohort.shown && (!filter.cohortId || cohort.groupId === filter.cohortId),
  );
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        Check-in satisfaction
      </Title>
      {shown.length === 0 ? (
        <>
          <Text size="sm">No data yet.</Text>
          <Text size="sm" c="dimmed">
            A cohort's figures appear once three different people in it have answered a check-in.
          </Text>
        </>
      ) : (
        <TableScroll label="Check-in satisfaction by cohort" minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Cohort</Table.Th>
                <Table.Th scope="col">People who answered</Table.Th>
                <Table.Th scope="col">Satisfaction (1–5)</Table.Th>
                <Table.Th scope="col">“Match is working”</Table.Th>
                <Table.Th scope="col">“Not working”</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((cohort) => (
                <Table.Tr key={cohort.groupId}>
                  <Table.Th scope="row">{cohort.cohortName}</Table.Th>
                  <Table.Td>{cohort.respondents}</Table.Td>
                  <Table.Td>{cohort.averageSatisfaction}</Table.Td>
                  <Table.Td>{cohort.workingPercent?.yes}%</Table.Td>
                  <Table.Td>{cohort.workingPercent?.no}%</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
