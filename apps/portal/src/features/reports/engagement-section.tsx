import { LineChart } from '@mantine/charts';
import { SimpleGrid } from '@mantine/core';
import type { EngagementReport } from '@preceptor/domain/reports/report-section-schemas';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { engagementQuery } from './api.ts';
import { ChartFigure } from './chart-figure.tsx';
import { FigureLink } from './figure-link.tsx';
import type { ReportSearch } from './report-search.ts';
import { ReportTable } from './report-table.tsx';

const oneDecimal = (value: number) => value.toFixed(1);

/** Meetings of active matches: how often pairs meet, for how long, and which have gone quiet. */
export function EngagementSection({ filter }: { filter: ReportSearch }) {
  const trpc = useTRPC();
  const query = useQuery(engagementQuery(trpc, filter));
  return (
    <Section title="Engagement">
      <QueryState query={query} what="engagement">
        {(report) =>
          report.byCohort.length === 0 ? (
            <EmptyNote title="No active matches">
              Engagement is measured on active matches; none match these filters.
            </EmptyNote>
          ) : (
            <EngagementView report={report} filter={filter} />
          )
        }
      </QueryState>
    </Section>
  );
}

function EngagementView({ report, filter }: { report: EngagementReport; filter: ReportSearch }) {
  const active = report.byCohort.reduce((sum, row) => sum + row.activeMatches, 0);
  const quiet = report.byCohort.reduce((sum, row) => sum + row.quietMatches, 0);
  const meetings = report.byMonth.reduce((sum, row) => sum + row.meetings, 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartFigure
        summary={`${formatNumber(meetings)} meetings were logged in the period; ${formatNumber(quiet)} of ${formatNumber(active)} active matches have not met in ${report.quietDays} days.`}
      >
        <LineChart
          h={200}
          data={report.byMonth.map((row) => ({ month: row.month, Meetings: row.meetings }))}
          dataKey="month"
          series={[{ name: 'Meetings', color: 'blue.8' }]}
          curveType="linear"
          lineChartProps={{ accessibilityLayer: false }}
        />
      </ChartFigure>
      <ReportTable
        label="Engagement by cohort"
        minWidth={720}
        rows={report.byCohort}
        rowKey={(row) => row.cohortId}
        columns={[
          { header: 'Cohort', cell: (row) => row.cohortName },
          {
            header: 'Active matches',
            cell: (row) => (
              <FigureLink
                value={row.activeMatches}
                filter={{ ...filter, cohortId: row.cohortId }}
                figure={{ figure: 'matches', matchStatus: 'ACTIVE' }}
                what={`active matches in ${row.cohortName}`}
              />
            ),
          },
          { header: 'Meetings', cell: (row) => formatNumber(row.meetings) },
          { header: 'Meetings per match a month', cell: (row) => oneDecimal(row.meetingsPerMatchPerMonth) },
          { header: 'Mentoring hours', cell: (row) => oneDecimal(row.mentoringHours) },
          {
            header: 'Median days since last meeting',
            cell: (row) =>
              row.medianDaysSinceLastActivity === null ? '—' : Math.round(row.medianDaysSinceLastActivity),
          },
          {
            header: `Quiet ${report.quietDays}+ days`,
            cell: (row) => (
              <FigureLink
                value={row.quietMatches}
                filter={{ ...filter, cohortId: row.cohortId }}
                figure={{ figure: 'quietMatches' }}
                what={`quiet matches in ${row.cohortName}`}
              />
            ),
          },
        ]}
      />
    </SimpleGrid>
  );
}
