import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { REFLECT_LEVELS, REFLECT_USE_NOTE } from '@preceptor/domain/reflections/reflect-rubric';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { growthQuery } from './api.ts';

const LABEL_BY_RANK = new Map(REFLECT_LEVELS.map((level) => [level.rank, level.label]));

/** REFLECT levels of reviewed reflections over time, for the writer or their mentor. */
export function GrowthChart({
  menteeId,
  title = 'Growth in reflection',
}: {
  menteeId?: string;
  title?: string;
}) {
  const trpc = useTRPC();
  const query = useQuery(growthQuery(trpc, menteeId));
  return (
    <Section title={title}>
      <QueryState query={query} what="REFLECT levels">
        {(points) =>
          points.length === 0 ? (
            <EmptyNote title="No reviewed reflections yet">
              Each review gives a REFLECT level; they appear here over time.
            </EmptyNote>
          ) : (
            <>
              <LineChart
                h={220}
                data={points.map((p) => ({ date: formatDate(p.reviewedAt), level: p.rank }))}
                dataKey="date"
                series={[{ name: 'level', label: 'REFLECT level', color: 'indigo.6' }]}
                yAxisProps={{ domain: [1, 4], ticks: [1, 2, 3, 4], width: 130 }}
                valueFormatter={(value) => LABEL_BY_RANK.get(value) ?? String(value)}
                curveType="linear"
                // A name on a plain div is not allowed (axe: aria-prohibited-attr); as an image the
                // chart is named, and the sentence below carries the same levels as text.
                role="img"
                aria-label="REFLECT level of each review over time"
              />
              <Text size="sm">
                Levels, in order:{' '}
                {points.map((p) => `${formatDate(p.reviewedAt)} ${LABEL_BY_RANK.get(p.rank)}`).join('; ')}.
              </Text>
              <Text size="xs" c="dimmed">
                {REFLECT_USE_NOTE}
              </Text>
            </>
          )
        }
      </QueryState>
    </Section>
  );
}
