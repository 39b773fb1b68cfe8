import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReviewQueueEntry } from '@preceptor/domain/reflections/reflection-schemas';
import { Link } from '@tanstack/react-router';
import { formatDate } from '../../lib/format.ts';
import { ReflectionStatusBadge } from './reflection-status.tsx';

interface ReviewQueueListProps {
  entries: ReviewQueueEntry[];
  limit?: number;
}

/**
 * Shared reflections waiting for the mentor, longest-waiting first. Titles stay on the review
 * page, where each read is audited; the queue names the writer, module and date.
 */
export function ReviewQueueList({ entries, limit }: ReviewQueueListProps) {
  const sorted = entries.toSorted(
    (a, b) =>
      (a.sharedAt?.getTime() ?? Number.POSITIVE_INFINITY) -
      (b.sharedAt?.getTime() ?? Number.POSITIVE_INFINITY),
  );
  const shown = limit ? sorted.slice(0, limit) : sorted;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {shown.map((entry) => (
        <li key={entry.id}>
          <Paper withBorder p="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
              <Stack gap={2}>
                <Anchor
                  fw={600}
                  renderRoot={(props) => (
                    <Link {...props} to="/reviews/$reflectionId" params={{ reflectionId: entry.id }} />
                  )}
                >
                  {entry.sharedAt ? `Reflection shared ${formatDate(entry.sharedAt)}` : 'Shared reflection'}
                </Anchor>
                <Text size="sm" c="dimmed">
                  From {entry.authorName} · {entry.moduleTitle ?? 'Own topic'}
                </Text>
              </Stack>
              <ReflectionStatusBadge status={entry.status} />
            </Group>
          </Paper>
        </li>
      ))}
    </Stack>
  );
}
