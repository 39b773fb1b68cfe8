import { Table, Text } from '@mantine/core';
import type { CohortSummary } from '@preceptor/domain/cohorts/cohort-schemas';
import { AnchorLink } from '../../components/router-links.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { CohortStatusBadge } from './cohort-status.tsx';

const STATUS_ORDER: Record<CohortSummary['status'], number> = { ACTIVE: 0, DRAFT: 1, CLOSED: 2 };

interface CohortsTableProps {
  cohorts: CohortSummary[];
  /** Names the table for screen readers (it usually repeats the section heading). */
  label: string;
}

/** Counts cover only the viewer's own hospitals' people: the API scopes them. */
export function CohortsTable({ cohorts, label }: CohortsTableProps) {
  const sorted = cohorts.toSorted(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.startDate.getTime() - a.startDate.getTime(),
  );
  return (
    <TableScroll minWidth={720} label={label}>
      <Table striped highlightOnHover aria-label={label} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Cohort</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col">Hospitals</Table.Th>
            <Table.Th scope="col" ta="right">
              Mentors
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Mentees
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Active matches
            </Table.Th>
            <Table.Th scope="col">Matching</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((cohort) => (
            <Table.Tr key={cohort.id}>
              <Table.Th scope="row" fw={600}>
                <AnchorLink to="/cohorts/$cohortId" params={{ cohortId: cohort.id }} fw={600}>
                  {cohort.name}
                </AnchorLink>
              </Table.Th>
              <Table.Td>
                <CohortStatusBadge status={cohort.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(cohort.startDate)} – {formatDate(cohort.endDate)}
                </Text>
              </Table.Td>
              <Table.Td>{cohort.hospitals.map((hospital) => hospital.name).join(', ') || '—'}</Table.Td>
              <Table.Td ta="right">{formatNumber(cohort.mentorCount)}</Table.Td>
              <Table.Td ta="right">{formatNumber(cohort.menteeCount)}</Table.Td>
              <Table.Td ta="right">{formatNumber(cohort.activeMatchCount)}</Table.Td>
              <Table.Td>
                <AnchorLink
                  to="/cohorts/$cohortId/matching"
                  params={{ cohortId: cohort.id }}
                  size="sm"
                  aria-label={`Matching for ${cohort.name}`}
                >
                  Matching
                </AnchorLink>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
