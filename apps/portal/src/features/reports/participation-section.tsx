import { BarChart } from '@mantine/charts';
import { SimpleGrid } from '@mantine/core';
import type { ParticipationReport } from '@preceptor/domain/reports/report-section-schemas';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { participationQuery } from './api.ts';
import { ChartFigure } from './chart-figure.tsx';
import { FigureLink } from './figure-link.tsx';
import type { ReportSearch } from './report-search.ts';
import { ReportTable } from './report-table.tsx';

const ROLE_WORDS = { MENTEE: 'Mentees', MENTOR: 'Mentors' } as const;
const MATCH_WORDS = { PROPOSED: 'Proposed', ACTIVE: 'Active', ENDED: 'Ended' } as const;

/** People by role and status, account set-up, and matches by status. */
export function ParticipationSection({ filter }: { filter: ReportSearch }) {
  const trpc = useTRPC();
  const query = useQuery(participationQuery(trpc, filter));
  return (
    <Section title="Participation">
      <QueryState query={query} what="participation">
        {(report) =>
          report.byRole.length === 0 ? (
            <EmptyNote title="Nobody here yet">No cohort members match these filters.</EmptyNote>
          ) : (
            <ParticipationView report={report} filter={filter} />
          )
        }
      </QueryState>
    </Section>
  );
}

function ParticipationView({ report, filter }: { report: ParticipationReport; filter: ReportSearch }) {
  const count = (role: 'MENTEE' | 'MENTOR') => report.byRole.find((row) => row.role === role)?.people ?? 0;
  const active = report.matches.find((row) => row.status === 'ACTIVE')?.matches ?? 0;
  const invited = report.byRole.reduce((sum, row) => sum + row.invited, 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartFigure
        summary={`${formatNumber(count('MENTEE'))} mentees and ${formatNumber(count('MENTOR'))} mentors take part; ${formatNumber(invited)} have not set up their account yet, and ${formatNumber(active)} matches are active.`}
      >
        <BarChart
          h={200}
          data={report.byRole.map((row) => ({
            role: ROLE_WORDS[row.role],
            'Signed in': row.signedIn,
            Invited: row.invited,
          }))}
          dataKey="role"
          type="stacked"
          series={[
            { name: 'Signed in', color: 'blue.8' },
            { name: 'Invited', color: 'gray.5' },
          ]}
          withLegend
          barChartProps={{ accessibilityLayer: false }}
        />
      </ChartFigure>
      <div>
        <ReportTable
          label="People by role"
          rows={report.byRole}
          rowKey={(row) => row.role}
          columns={[
            { header: 'Role', cell: (row) => ROLE_WORDS[row.role] },
            {
              header: 'People',
              cell: (row) => (
                <FigureLink
                  value={row.people}
                  filter={filter}
                  figure={{ figure: 'members', role: row.role }}
                  what={`${ROLE_WORDS[row.role].toLowerCase()}`}
                />
              ),
            },
            {
              header: 'Active',
              cell: (row) => (
                <FigureLink
                  value={row.active}
                  filter={filter}
                  figure={{ figure: 'members', role: row.role, membership: 'active' }}
                  what={`active ${ROLE_WORDS[row.role].toLowerCase()}`}
                />
              ),
            },
            {
              header: 'Removed',
              cell: (row) => (
                <FigureLink
                  value={row.removed}
                  filter={filter}
                  figure={{ figure: 'members', role: row.role, membership: 'removed' }}
                  what={`removed ${ROLE_WORDS[row.role].toLowerCase()}`}
                />
              ),
            },
            {
              header: 'Signed in',
              cell: (row) => (
                <FigureLink
                  value={row.signedIn}
                  filter={filter}
                  figure={{ figure: 'members', role: row.role, account: 'signedIn' }}
                  what={`${ROLE_WORDS[row.role].toLowerCase()} signed in`}
                />
              ),
            },
            {
              header: 'Invited only',
              cell: (row) => (
                <FigureLink
                  value={row.invited}
                  filter={filter}
                  figure={{ figure: 'members', role: row.role, account: 'invited' }}
                  what={`${ROLE_WORDS[row.role].toLowerCase()} invited only`}
                />
              ),
            },
          ]}
        />
        <ReportTable
          label="Matches by status"
          minWidth={280}
          rows={report.matches}
          rowKey={(row) => row.status}
          columns={[
            { header: 'Match status', cell: (row) => MATCH_WORDS[row.status] },
            {
              header: 'Matches',
              cell: (row) => (
                <FigureLink
                  value={row.matches}
                  filter={filter}
                  figure={{ figure: 'matches', matchStatus: row.status }}
                  what={`${MATCH_WORDS[row.status].toLowerCase()} matches`}
                />
              ),
            },
          ]}
        />
      </div>
    </SimpleGrid>
  );
}
