import { BarChart } from '@mantine/charts';
import { Stack, Title } from '@mantine/core';
import type { LearningReport } from '@preceptor/domain/reports/report-section-schemas';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { learningQuery } from './api.ts';
import { ChartFigure } from './chart-figure.tsx';
import { FigureLink } from './figure-link.tsx';
import { LearningTables } from './learning-tables.tsx';
import type { ReportSearch } from './report-search.ts';

/** Module assignments by state, completions over time, and quiz pass rates. */
export function LearningSection({ filter }: { filter: ReportSearch }) {
  const trpc = useTRPC();
  const query = useQuery(learningQuery(trpc, filter));
  return (
    <Section title="Learning">
      <QueryState query={query} what="learning">
        {(report) =>
          report.byModule.length === 0 ? (
            <EmptyNote title="No modules assigned">
              No cohort here has a curriculum with active mentees.
            </EmptyNote>
          ) : (
            <LearningView report={report} filter={filter} />
          )
        }
      </QueryState>
    </Section>
  );
}

function LearningView({ report, filter }: { report: LearningReport; filter: ReportSearch }) {
  const total = (key: 'assigned' | 'completed' | 'overdue') =>
    report.byModule.reduce((sum, row) => sum + row[key], 0);
  const completedInPeriod = report.byMonth.reduce((sum, row) => sum + row.completed, 0);
  return (
    <Stack gap="md">
      <ChartFigure
        summary={`Of ${formatNumber(total('assigned'))} module assignments, ${formatNumber(total('completed'))} are completed and ${formatNumber(total('overdue'))} are overdue; ${formatNumber(completedInPeriod)} were completed in the period.`}
      >
        <BarChart
          h={240}
          data={report.byModule.map((row) => ({
            module: row.moduleTitle,
            Completed: row.completed,
            'In progress': row.inProgress,
            'Not started': row.notStarted,
            Overdue: row.overdue,
          }))}
          dataKey="module"
          type="stacked"
          orientation="vertical"
          yAxisProps={{ width: 180 }}
          series={[
            { name: 'Completed', color: 'teal.8' },
            { name: 'In progress', color: 'blue.6' },
            { name: 'Not started', color: 'gray.4' },
            { name: 'Overdue', color: 'red.8' },
          ]}
          withLegend
          barChartProps={{ accessibilityLayer: false }}
        />
      </ChartFigure>
      <p>
        Overdue in all:{' '}
        <FigureLink
          value={total('overdue')}
          filter={filter}
          figure={{ figure: 'assignments', assignment: 'overdue' }}
          what="overdue module assignments"
        />
      </p>
      <LearningTables report={report} filter={filter} />
      {report.byMonth.length > 0 ? (
        <ChartFigure
          summary={`Completions by month: ${report.byMonth.map((row) => `${row.month} ${row.completed}`).join(', ')}.`}
        >
          <Title order={3} size="h5" mb="xs">
            Completions by month
          </Title>
          <BarChart
            h={180}
            data={report.byMonth.map((row) => ({ month: row.month, Completed: row.completed }))}
            dataKey="month"
            series={[{ name: 'Completed', color: 'teal.8' }]}
            barChartProps={{ accessibilityLayer: false }}
          />
        </ChartFigure>
      ) : null}
    </Stack>
  );
}
