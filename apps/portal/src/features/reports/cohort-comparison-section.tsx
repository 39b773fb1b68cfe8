import { BarChart } from '@mantine/charts';
import { Stack } from '@mantine/core';
import type {
  CohortComparisonReport,
  CohortComparisonRow,
} from '@preceptor/domain/reports/report-section-schemas';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { cohortComparisonQuery } from './api.ts';
import { ChartFigure } from './chart-figure.tsx';
import { FigureLink } from './figure-link.tsx';
import type { ReportSearch } from './report-search.ts';
import { ReportTable } from './report-table.tsx';

const completion = (row: CohortComparisonRow) =>
  row.assigned === 0 ? 0 : Math.round((row.completed / row.assigned) * 100);

/** Every cohort side by side, with the roll-up across all of them as the last row. */
export function CohortComparisonSection({ filter }: { filter: ReportSearch }) {
  const trpc = useTRPC();
  const query = useQuery(cohortComparisonQuery(trpc, filter));
  return (
    <Section title="Cohorts compared">
      <QueryState query={query} what="the cohort comparison">
        {(report) =>
          report.cohorts.length === 0 ? (
            <EmptyNote title="No cohorts here">
              No cohort running in this period matches these filters.
            </EmptyNote>
          ) : (
            <ComparisonView report={report} filter={filter} />
          )
        }
      </QueryState>
    </Section>
  );
}

function ComparisonView({ report, filter }: { report: CohortComparisonReport; filter: ReportSearch }) {
  const { rollUp } = report;
  const narrowed = (row: CohortComparisonRow): ReportSearch =>
    row.cohortId ? { ...filter, cohortId: row.cohortId } : filter;
  return (
    <Stack gap="md">
      <ChartFigure
        summary={`Across ${formatNumber(report.cohorts.length)} cohorts, ${formatNumber(rollUp.mentees)} mentees have completed ${completion(rollUp)}% of their module assignments; ${formatNumber(rollUp.overdue)} are overdue.`}
      >
        <BarChart
          h={Math.max(160, report.cohorts.length * 36)}
          data={report.cohorts.map((row) => ({
            cohort: row.cohortName,
            'Modules completed (%)': completion(row),
          }))}
          dataKey="cohort"
          orientation="vertical"
          yAxisProps={{ width: 200 }}
          xAxisProps={{ domain: [0, 100] }}
          series={[{ name: 'Modules completed (%)', color: 'teal.8' }]}
          barChartProps={{ accessibilityLayer: false }}
        />
      </ChartFigure>
      <ReportTable
        label="Cohorts compared"
        minWidth={900}
        rows={report.cohorts}
        footer={rollUp}
        rowKey={(row) => row.cohortId ?? 'all'}
        columns={[
          { header: 'Cohort', cell: (row) => row.cohortName },
          {
            header: 'Mentees',
            cell: (row) => (
              <FigureLink
                value={row.mentees}
                filter={narrowed(row)}
                figure={{ figure: 'members', role: 'MENTEE', membership: 'active' }}
                what={`mentees, ${row.cohortName}`}
              />
            ),
          },
          {
            header: 'Mentors',
            cell: (row) => (
              <FigureLink
                value={row.mentors}
                filter={narrowed(row)}
                figure={{ figure: 'members', role: 'MENTOR', membership: 'active' }}
                what={`mentors, ${row.cohortName}`}
              />
            ),
          },
          {
            header: 'Active matches',
            cell: (row) => (
              <FigureLink
                value={row.activeMatches}
                filter={narrowed(row)}
                figure={{ figure: 'matches', matchStatus: 'ACTIVE' }}
                what={`active matches, ${row.cohortName}`}
              />
            ),
          },
          { header: 'Modules completed', cell: (row) => `${completion(row)}%` },
          {
            header: 'Overdue',
            cell: (row) => (
              <FigureLink
                value={row.overdue}
                filter={narrowed(row)}
                figure={{ figure: 'assignments', assignment: 'overdue' }}
                what={`overdue assignments, ${row.cohortName}`}
              />
            ),
          },
          { header: 'Meetings', cell: (row) => formatNumber(row.meetings) },
          { header: 'Reflections shared', cell: (row) => formatNumber(row.reflectionsShared) },
          { header: 'Reviews', cell: (row) => formatNumber(row.reviews) },
        ]}
      />
    </Stack>
  );
}
