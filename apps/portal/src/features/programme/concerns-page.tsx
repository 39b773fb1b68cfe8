import { Badge, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CHECK_IN_OCCASION_LABELS, type CheckInConcern } from '@preceptor/domain/programme/check-in-schemas';
import { MIN_GROUP_SIZE } from '@preceptor/domain/programme/check-in-summary';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Section } from '../../components/section.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { checkInSummaryQuery, concernsQuery, useHandleConcern } from './api.ts';

/** Staff: matches people say are not working (passed on with their consent), and pooled check-in figures. */
export function ConcernsPage() {
  const [includeHandled, setIncludeHandled] = useState(false);
  const trpc = useTRPC();
  const { data: concerns } = useSuspenseQuery(concernsQuery(trpc, includeHandled));
  const { data: summary } = useSuspenseQuery(checkInSummaryQuery(trpc));
  return (
    <Stack gap="xl">
      <PageHeader
        title="Check-in results"
        description="Check-ins ask mentors and mentees at 30 and 90 days and at the end how their match is going. Answers stay private; you see figures for groups of three or more people, and the names of people who asked for help."
      />
      <Section title="Matches that need attention">
        <Checkbox
          label="Show handled ones too"
          checked={includeHandled}
          onChange={(event) => setIncludeHandled(event.currentTarget.checked)}
        />
        {concerns.length === 0 ? (
          <EmptyNote title="Nothing to follow up">
            When someone answers that their match is not working, they appear here.
          </EmptyNote>
        ) : (
          <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
            {concerns.map((concern) => (
              <ConcernItem key={concern.id} concern={concern} />
            ))}
          </Stack>
        )}
      </Section>
      <Section title="How matches are going, by cohort">
        <TableScroll minWidth={640} label="Check-in figures by cohort">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Cohort</Table.Th>
                <Table.Th>People who answered</Table.Th>
                <Table.Th>Average satisfaction (1–5)</Table.Th>
                <Table.Th>Match working: yes / not sure / no</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.map((row) => (
                <Table.Tr key={row.groupId}>
                  <Table.Td>{row.cohortName}</Table.Td>
                  {row.shown ? (
                    <>
                      <Table.Td>{row.respondents}</Table.Td>
                      <Table.Td>{row.averageSatisfaction}</Table.Td>
                      <Table.Td>
                        {row.workingPercent
                          ? `${row.workingPercent.yes} % / ${row.workingPercent.notSure} % / ${row.workingPercent.no} %`
                          : '—'}
                      </Table.Td>
                    </>
                  ) : (
                    <Table.Td colSpan={3}>
                      <Text size="sm" c="dimmed">
                        Fewer than {MIN_GROUP_SIZE} people have answered: no figures yet.
                      </Text>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Section>
    </Stack>
  );
}

function ConcernItem({ concern }: { concern: CheckInConcern }) {
  const handle = useHandleConcern();
  const markHandled = async () => {
    try {
      await handle.mutateAsync({ concernId: concern.id });
      notifications.show({ color: 'green', message: `Marked handled: ${concern.personName}.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'It was not marked handled', message: errorMessage(error) });
    }
  };
  return (
    <Stack
      component="li"
      gap={4}
      p="sm"
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {concern.personName} ({concern.role === 'MENTOR' ? 'mentor' : 'mentee'}) says the match with{' '}
          {concern.otherName} is not working
        </Text>
        {concern.handledAt ? (
          <Badge color="gray" variant="light">
            Handled {formatDate(concern.handledAt)}
          </Badge>
        ) : (
          <Button size="xs" variant="light" loading={handle.isPending} onClick={() => void markHandled()}>
            Mark handled
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {concern.cohortName} · {CHECK_IN_OCCASION_LABELS[concern.occasion]} check-in ·{' '}
        {formatDate(concern.raisedAt)}
      </Text>
      {concern.sharedComment ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          “{concern.sharedComment}”
        </Text>
      ) : null}
    </Stack>
  );
}
