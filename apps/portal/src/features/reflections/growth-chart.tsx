import { LineChart } from '@mantine/charts';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import {
  REFLECT_CRITERIA,
  REFLECT_LEVELS,
  REFLECT_USE_NOTE,
} from '@preceptor/domain/reflections/reflect-rubric';
import type { GrowthPoint } from '@preceptor/domain/reflections/review-schemas';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { growthQuery } from './api.ts';
import { growthRows, growthSummary } from './growth-summary.ts';
import { GrowthTable } from './growth-table.tsx';

const LABEL_BY_RANK = new Map<number, string>(REFLECT_LEVELS.map((level) => [level.rank, level.label]));
const COLORS = ['indigo.6', 'teal.7', 'orange.7', 'grape.6', 'cyan.8'];
const SERIES = [
  { name: 'overall', label: 'Overall level', color: 'dark.6', strokeDasharray: '6 4' },
  ...REFLECT_CRITERIA.map((guide, i) => ({
    name: guide.criterion,
    label: guide.label,
    color: COLORS[i] ?? 'gray.6',
  })),
];

/** REFLECT levels of reviewed reflections over time, overall and per criterion, for the writer or their mentor. */
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
              Each review rates the REFLECT criteria; they appear here over time.
            </EmptyNote>
          ) : (
            <GrowthViews points={points} />
          )
        }
      </QueryState>
    </Section>
  );
}

function GrowthViews({ points }: { points: GrowthPoint[] }) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const rows = growthRows(points, formatDate);
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Show growth as"
        value={view}
        onChange={(next) => setView(next as 'chart' | 'table')}
        data={[
          { value: 'chart', label: 'Chart' },
          { value: 'table', label: 'Table' },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'chart' ? (
        <LineChart
          h={260}
          data={rows}
          dataKey="date"
          series={SERIES}
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 80 }}
          // A review from before per-criterion rating is a gap in each criterion's line, not a zero.
          connectNulls={false}
          yAxisProps={{ domain: [1, 4], ticks: [1, 2, 3, 4], width: 130 }}
          valueFormatter={(value) => LABEL_BY_RANK.get(value) ?? String(value)}
          curveType="linear"
          // A name on a plain div is not allowed (axe: aria-prohibited-attr); as an image the
          // chart is named, and the table and sentences below carry the same levels as text.
          role="img"
          aria-label="REFLECT levels of each review over time, overall and per criterion"
        />
      ) : (
        <GrowthTable points={points} />
      )}
      <Stack gap={2} aria-label="Growth in words">
        {growthSummary(points, formatDate).map((line) => (
          <Text key={line} size="sm">
            {line}
          </Text>
        ))}
      </Stack>
      <Text size="xs" c="dimmed">
        {REFLECT_USE_NOTE}
      </Text>
    </Stack>
  );
}
