import { Stack, Table, Text } from '@mantine/core';
import { daysSince } from '@preceptor/domain/reflections/reflection-attention';
import type {
  MenteeReflectionStatus,
  ReflectionStatusReport,
} from '@preceptor/domain/reflections/reflection-report-schemas';
import { AnchorLink } from '../../components/router-links.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate } from '../../lib/format.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What waits too long, in words as well as colour, so it reads without the colour. */
function Attention({ mentee, asOf }: { mentee: MenteeReflectionStatus; asOf: Date }) {
  const { counts } = mentee;
  if (counts.reviewOverdue === 0 && counts.revisionStale === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  return (
    <Stack gap={4} align="flex-start">
      {counts.reviewOverdue > 0 ? (
        <Text size="sm" c="red.9" fw={700}>
          {plural(counts.reviewOverdue, 'review overdue', 'reviews overdue')}
          {counts.waitingSince ? `, waiting ${daysSince(counts.waitingSince, asOf)} days` : ''}
        </Text>
      ) : null}
      {counts.revisionStale > 0 ? (
        <Text size="sm" fw={700}>
          {plural(counts.revisionStale, 'revision request untouched', 'revision requests untouched')}
        </Text>
      ) : null}
    </Stack>
  );
}

/** One row per mentee: their reflections by status and the dates that matter. Never their words. */
export function ReflectionStatusTable({ report }: { report: ReflectionStatusReport }) {
  return (
    <TableScroll minWidth={960} label="Reflections">
      <Table striped highlightOnHover aria-label="Reflections">
        <Table.Caption>
          A review is overdue when a reflection has waited over {report.reviewOverdueAfterDays} days since it
          was shared; a revision is stale when its writer has not touched it for over{' '}
          {report.revisionStaleAfterDays} days. As of {formatDate(report.asOf)}.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Mentee</Table.Th>
            <Table.Th scope="col">Hospital</Table.Th>
            <Table.Th scope="col">Cohort</Table.Th>
            <Table.Th scope="col">Drafts</Table.Th>
            <Table.Th scope="col">Awaiting review</Table.Th>
            <Table.Th scope="col">Revision requested</Table.Th>
            <Table.Th scope="col">Reviewed</Table.Th>
            <Table.Th scope="col">Waiting since</Table.Th>
            <Table.Th scope="col">Last activity</Table.Th>
            <Table.Th scope="col">Needs attention</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.mentees.map((mentee) => {
            const overdue = mentee.counts.reviewOverdue > 0;
            return (
              <Table.Tr key={mentee.menteeId}>
                <Table.Th scope="row" fw={500}>
                  <AnchorLink to="/people/$personId" params={{ personId: mentee.menteeId }} size="sm">
                    {mentee.name}
                  </AnchorLink>
                </Table.Th>
                <Table.Td>{mentee.hospitalName ?? '—'}</Table.Td>
                <Table.Td>{mentee.cohortNames.join(', ')}</Table.Td>
                <Table.Td>{mentee.counts.draft}</Table.Td>
                <Table.Td>{mentee.counts.awaitingReview}</Table.Td>
                <Table.Td>{mentee.counts.revisionRequested}</Table.Td>
                <Table.Td>{mentee.counts.reviewed}</Table.Td>
                <Table.Td c={overdue ? 'red.9' : undefined} fw={overdue ? 700 : undefined}>
                  {formatDate(mentee.counts.waitingSince)}
                </Table.Td>
                <Table.Td>{formatDate(mentee.counts.lastActivityAt)}</Table.Td>
                <Table.Td>
                  <Attention mentee={mentee} asOf={report.asOf} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
