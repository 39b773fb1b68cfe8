import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { JournalEntrySummary } from '@preceptor/domain/reflections/reflection-schemas';
import { Link } from '@tanstack/react-router';
import { formatDate } from '../../lib/format.ts';
import { ReflectionStatusBadge } from './reflection-status.tsx';

interface JournalListProps {
  entries: JournalEntrySummary[];
  limit?: number;
}

/** The author's entries, most recently edited first. */
export function JournalList({ entries, limit }: JournalListProps) {
  const sorted = entries.toSorted((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
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
                    <Link {...props} to="/journal/$reflectionId" params={{ reflectionId: entry.id }} />
                  )}
                >
                  {entry.title || 'Untitled reflection'}
                </Anchor>
                <Text size="sm" c="dimmed">
                  Edited {formatDate(entry.updatedAt)}
                  {entry.sharedAt ? ` · shared ${formatDate(entry.sharedAt)}` : ''}
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
