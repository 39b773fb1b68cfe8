import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { JournalEntrySummary, ReviewQueueEntry } from '@preceptor/domain/reflections/reflection-schemas';
import { Link } from '@tanstack/react-router';
import { formatDate } from '../../lib/format.ts';
import { ReflectionStatusBadge } from './reflection-status.tsx';

type ReflectionListProps = { limit?: number } & (
  | { kind: 'journal'; entries: JournalEntrySummary[] }
  | { kind: 'review-queue'; entries: ReviewQueueEntry[] }
);

const sharedAtOrLast = (entry: { sharedAt: Date | null }) =>
  entry.sharedAt?.getTime() ?? Number.POSITIVE_INFINITY;

/**
 * Reflections as a list of links: the author's journal (most recently edited first, opening the
 * editor) or a mentor's review queue (longest-waiting first, opening the review).
 */
export function ReflectionList(props: ReflectionListProps) {
  const rows =
    props.kind === 'journal'
      ? props.entries
          .toSorted((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
          .map((entry) => ({
            entry,
            to: '/journal/$reflectionId' as const,
            heading: entry.title || 'Untitled reflection',
            detail: `Edited ${formatDate(entry.updatedAt)}${entry.sharedAt ? ` · shared ${formatDate(entry.sharedAt)}` : ''}`,
          }))
      : props.entries
          .toSorted((a, b) => sharedAtOrLast(a) - sharedAtOrLast(b))
          .map((entry) => ({
            entry,
            to: '/reviews/$reflectionId' as const,
            // Titles stay on the review page, where each read is audited.
            heading: entry.sharedAt ? `Reflection shared ${formatDate(entry.sharedAt)}` : 'Shared reflection',
            detail: `From ${entry.authorName} · ${entry.moduleTitle ?? 'Own topic'}`,
          }));
  const shown = props.limit ? rows.slice(0, props.limit) : rows;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {shown.map(({ entry, to, heading, detail }) => (
        <li key={entry.id}>
          <Paper withBorder p="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
              <Stack gap={2}>
                <Anchor
                  fw={600}
                  renderRoot={(linkProps) => (
                    <Link {...linkProps} to={to} params={{ reflectionId: entry.id }} />
                  )}
                >
                  {heading}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {detail}
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
