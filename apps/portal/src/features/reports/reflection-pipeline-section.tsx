import { BarChart } from '@mantine/charts';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { REFLECT_LEVELS } from '@preceptor/domain/reflections/reflect-rubric';
import type { ReflectionPipelineReport } from '@preceptor/domain/reports/report-section-schemas';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { reflectionPipelineQuery } from './api.ts';
import { ChartFigure } from './chart-figure.tsx';
import { FigureLink } from './figure-link.tsx';
import type { ReportSearch } from './report-search.ts';
import { ReportTable } from './report-table.tsx';

const STAGE_WORDS = {
  DRAFT: 'Draft',
  SHARED: 'Shared, awaiting review',
  REVISION_REQUESTED: 'Revision requested',
  REVIEWED: 'Reviewed',
} as const;
const LEVEL_COLORS = ['gray.6', 'blue.6', 'teal.7', 'indigo.8'];

const hours = (value: number | null) =>
  value === null ? '—' : value < 48 ? `${value.toFixed(1)} hours` : `${(value / 24).toFixed(1)} days`;

/** Reflections by stage, review turnaround and REFLECT levels: counts only, never words. */
export function ReflectionPipelineSection({ filter }: { filter: ReportSearch }) {
  const trpc = useTRPC();
  const query = useQuery(reflectionPipelineQuery(trpc, filter));
  return (
    <Section title="Reflection pipeline">
      <Text size="sm" c="dimmed">
        Counts and dates only: what mentees wrote stays private to them and the mentors they share with.
      </Text>
      <QueryState query={query} what="the reflection pipeline">
        {(report) =>
          report.written === 0 && report.turnaround.reviews === 0 ? (
            <EmptyNote title="No reflections in this period">
              Reflections appear here once mentees write them.
            </EmptyNote>
          ) : (
            <PipelineView report={report} filter={filter} />
          )
        }
      </QueryState>
    </Section>
  );
}

function PipelineView({ report, filter }: { report: ReflectionPipelineReport; filter: ReportSearch }) {
  const { turnaround } = report;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Stack gap="sm">
        <ReportTable
          label="Reflections by stage"
          minWidth={360}
          rows={report.byStage}
          rowKey={(row) => row.stage}
          columns={[
            { header: 'Stage', cell: (row) => STAGE_WORDS[row.stage] },
            { header: 'Reflections', cell: (row) => formatNumber(row.reflections) },
            {
              header: 'Mentees',
              cell: (row) => (
                <FigureLink
                  value={row.people}
                  filter={filter}
                  figure={{ figure: 'reflections', stage: row.stage }}
                  what={`mentees with reflections ${STAGE_WORDS[row.stage].toLowerCase()}`}
                />
              ),
            },
          ]}
        />
        <Text size="sm">
          {formatNumber(report.written)} reflections written in the period. Review turnaround over{' '}
          {formatNumber(turnaround.reviews)} reviews: median {hours(turnaround.medianHours)}, 90th percentile{' '}
          {hours(turnaround.p90Hours)}.
        </Text>
      </Stack>
      {report.levelsByMonth.length > 0 ? (
        <Stack gap="sm">
          <ChartFigure
            summary={`REFLECT levels of ${formatNumber(turnaround.reviews)} reviews by month, from habitual action to critical reflection.`}
          >
            <BarChart
              h={220}
              data={report.levelsByMonth.map((row) => ({
                month: row.month,
                ...Object.fromEntries(REFLECT_LEVELS.map((level) => [level.label, row[level.level]])),
              }))}
              dataKey="month"
              type="stacked"
              series={REFLECT_LEVELS.map((level, index) => ({
                name: level.label,
                color: LEVEL_COLORS[index] ?? 'gray.6',
              }))}
              withLegend
              barChartProps={{ accessibilityLayer: false }}
            />
          </ChartFigure>
          <ReportTable
            label="REFLECT levels by month"
            minWidth={640}
            rows={report.levelsByMonth}
            rowKey={(row) => row.month}
            columns={[
              { header: 'Month', cell: (row) => row.month },
              ...REFLECT_LEVELS.map((level) => ({
                header: level.label,
                cell: (row: ReflectionPipelineReport['levelsByMonth'][number]) => (
                  <FigureLink
                    value={row[level.level]}
                    filter={filter}
                    figure={{ figure: 'reviews', level: level.level, month: row.month }}
                    what={`mentees reviewed at ${level.label.toLowerCase()} in ${row.month}`}
                  />
                ),
              })),
            ]}
          />
        </Stack>
      ) : null}
    </SimpleGrid>
  );
}
