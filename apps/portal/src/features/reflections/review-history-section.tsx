import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { reflectLevelGuide } from '@preceptor/domain/reflections/reflect-rubric';
import type { ReviewHistoryEntry } from '@preceptor/domain/reflections/review-history-schemas';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { Section } from '../../components/section.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { reviewHistoryQuery } from './api.ts';

/** The mentor's past reviews: whom, when and at what level; the reflection opens while the match lasts. */
export function ReviewHistorySection({ title = 'Reviewed' }: { title?: string }) {
  const query = useQuery(reviewHistoryQuery(useTRPC()));
  return (
    <Section title={title}>
      <QueryState query={query} what="your past reviews">
        {(entries) =>
          entries.length > 0 ? (
            <Stack
              gap="xs"
              component="ul"
              aria-label="Your past reviews"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
            >
              {entries.map((entry) => (
                <HistoryItem key={entry.reviewId} entry={entry} />
              ))}
            </Stack>
          ) : (
            <EmptyNote title="No reviews yet">Reflections you review are listed here afterwards.</EmptyNote>
          )
        }
      </QueryState>
    </Section>
  );
}

function HistoryItem({ entry }: { entry: ReviewHistoryEntry }) {
  const what = entry.moduleTitle ? `Reflection on “${entry.moduleTitle}”` : 'Free-topic reflection';
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          {entry.canOpen ? (
            <AnchorLink to="/reviews/$reflectionId" params={{ reflectionId: entry.reflectionId }} fw={600}>
              {entry.authorName}
            </AnchorLink>
          ) : (
            <Text fw={600}>{entry.authorName}</Text>
          )}
          <Badge variant="light" color={entry.outcome === 'REVIEWED' ? 'green' : 'orange'}>
            {entry.outcome === 'REVIEWED' ? 'Reviewed' : 'Revision requested'}
          </Badge>
        </Group>
        <Text size="sm">
          {what} · version {entry.reflectionVersion} · {reflectLevelGuide(entry.level).label} ·{' '}
          {formatDate(entry.reviewedAt)}
        </Text>
        {entry.canOpen ? null : (
          <Text size="sm" c="dimmed">
            No longer shared with you, or your match has ended: the reflection no longer opens.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
