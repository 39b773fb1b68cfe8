import { BarChart } from '@mantine/charts';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { MatchHealthReport, MentorLoad } from '@preceptor/domain/reports/report-section-schemas';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { matchHealthQuery } from './api.ts';
import { ChartFigure } from './chart-figure.tsx';
import { CheckInSatisfaction } from './check-in-satisfaction.tsx';
import { FigureLink } from './figure-link.tsx';
import type { ReportSearch } from './report-search.ts';
import { ReportTable } from './report-table.tsx';

const LOAD_WORDS: Record<MentorLoad, string> = {
  NONE: 'No mentees',
  UNDER: 'Below capacity',
  AT: 'At capacity',
  OVER: 'Over capacity',
};
const LOAD_ORDER: MentorLoad[] = ['NONE', 'UNDER', 'AT', 'OVER'];

/** Check-in satisfaction, matches ended early and why, and mentor load against capacity. */
export function MatchHealthSection({ filter }: { filter: ReportSearch }) {
  const trpc = useTRPC();
  const query = useQuery(matchHealthQuery(trpc, filter));
  return (
    <Section title="Match health">
      <CheckInSatisfaction filter={filter} />
      <QueryState query={query} what="match health">
        {(report) => <HealthView report={report} filter={filter} />}
      </QueryState>
    </Section>
  );
}

function HealthView({ report, filter }: { report: MatchHealthReport; filter: ReportSearch }) {
  const load = LOAD_ORDER.map(
    (key) =>
      report.mentorLoad.find((row) => row.load === key) ?? {
        load: key,
        mentors: 0,
        capacity: 0,
        activeMatches: 0,
      },
  );
  const ended = report.endedEarly.reduce((sum, row) => sum + row.matches, 0);
  const over = load.find((row) => row.load === 'OVER')?.mentors ?? 0;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Stack gap="sm">
        <ChartFigure
          summary={`${formatNumber(load.reduce((sum, row) => sum + row.mentors, 0))} mentors: ${load.map((row) => `${formatNumber(row.mentors)} ${LOAD_WORDS[row.load].toLowerCase()}`).join(', ')}${over > 0 ? ' — some carry more mentees than they offered' : ''}.`}
        >
          <BarChart
            h={180}
            data={load.map((row) => ({ load: LOAD_WORDS[row.load], Mentors: row.mentors }))}
            dataKey="load"
            series={[{ name: 'Mentors', color: 'blue.8' }]}
            barChartProps={{ accessibilityLayer: false }}
          />
        </ChartFigure>
        <ReportTable
          label="Mentor load"
          minWidth={420}
          rows={load}
          rowKey={(row) => row.load}
          columns={[
            { header: 'Load', cell: (row) => LOAD_WORDS[row.load] },
            {
              header: 'Mentors',
              cell: (row) => (
                <FigureLink
                  value={row.mentors}
                  filter={filter}
                  figure={{ figure: 'mentorLoad', load: row.load }}
                  what={`mentors ${LOAD_WORDS[row.load].toLowerCase()}`}
                />
              ),
            },
            { header: 'Active matches', cell: (row) => formatNumber(row.activeMatches) },
            { header: 'Capacity', cell: (row) => formatNumber(row.capacity) },
          ]}
        />
      </Stack>
      <Stack gap="sm">
        <Text size="sm">
          {formatNumber(ended)} matches ended before their cohort did, in the period.{' '}
          {ended > 0 ? (
            <FigureLink
              value={ended}
              filter={filter}
              figure={{ figure: 'endedEarly' }}
              what="matches ended early"
            />
          ) : null}
        </Text>
        {report.endedEarly.length > 0 ? (
          <ReportTable
            label="Matches ended early"
            minWidth={420}
            rows={report.endedEarly}
            rowKey={(row) => `${row.endedBy}-${row.reason ?? ''}`}
            columns={[
              {
                header: 'Reason',
                cell: (row) => row.reason ?? 'Not shown (the mentor is at another hospital)',
              },
              { header: 'Ended by', cell: (row) => (row.endedBy === 'MENTEE' ? 'Mentee' : 'Staff') },
              {
                header: 'Matches',
                cell: (row) => (
                  <FigureLink
                    value={row.matches}
                    filter={filter}
                    figure={{ figure: 'endedEarly', endedBy: row.endedBy }}
                    what={`matches ended early by ${row.endedBy === 'MENTEE' ? 'mentees' : 'staff'}`}
                  />
                ),
              },
            ]}
          />
        ) : null}
      </Stack>
    </SimpleGrid>
  );
}
