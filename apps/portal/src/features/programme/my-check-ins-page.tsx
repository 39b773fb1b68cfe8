import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { CHECK_IN_OCCASION_LABELS } from '@preceptor/domain/programme/check-in-schemas';
import { useSuspenseQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { myCheckInsQuery } from './api.ts';

/** The person's check-ins: open ones to answer, then the last few answered. */
export function MyCheckInsPage() {
  const { data } = useSuspenseQuery(myCheckInsQuery(useTRPC()));
  return (
    <Stack gap="lg">
      <PageHeader
        title="Check-ins"
        description="Short questions at 30 and 90 days and at the end of a cohort about how your match is going."
      />
      {data.length === 0 ? (
        <EmptyNote title="No check-ins yet">The first one opens 30 days after a match starts.</EmptyNote>
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {data.map((checkIn) => (
            <Card component="li" key={checkIn.id} withBorder>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2} miw={0}>
                  <AnchorLink to="/check-ins/$checkInId" params={{ checkInId: checkIn.id }} fw={600}>
                    {`Your match with ${checkIn.otherName}`}
                  </AnchorLink>
                  <Text size="sm" c="dimmed">
                    {checkIn.cohortName} · {CHECK_IN_OCCASION_LABELS[checkIn.occasion]} · opened{' '}
                    {formatDate(checkIn.openedAt)}
                  </Text>
                </Stack>
                {checkIn.answeredAt ? (
                  <Badge color="green" variant="light">
                    Answered {formatDate(checkIn.answeredAt)}
                  </Badge>
                ) : (
                  <Badge color="blue">Waiting for your answer</Badge>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
