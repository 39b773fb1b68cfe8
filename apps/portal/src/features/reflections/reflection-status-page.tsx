import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReflectionStatusReport } from '@preceptor/domain/reflections/reflection-report-schemas';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import type { ReflectionStatusFilter } from './reflection-status-filter.ts';
import { ReflectionStatusTable } from './reflection-status-table.tsx';
import { ReflectionStatusTotals } from './reflection-status-totals.tsx';

interface PageProps {
  filter: ReflectionStatusFilter;
  onFilterChange: (next: ReflectionStatusFilter) => void;
}

/**
 * Staff: how the mentees at their hospitals are getting on with their journals. Status and
 * dates only: what anyone wrote stays between them and their mentor.
 */
export function ReflectionStatusPage({ filter, onFilterChange }: PageProps) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.reflections.reflectionStatusReport.queryOptions(filter),
    // Keep the filters and table on screen while the next selection loads.
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="lg">
      <PageHeader
        title="Reflection status"
        description="How mentees are getting on with their reflection journals. You see counts, statuses and dates; what they wrote stays private to them and their mentors."
      />
      <QueryState query={query} what="the reflection status report">
        {(report) => (
          <Stack gap="lg">
            <Filters report={report} filter={filter} onFilterChange={onFilterChange} />
            <ReflectionStatusTotals report={report} />
            <Section title="Mentees">
              {report.mentees.length === 0 ? (
                <EmptyNote title="No mentees here">
                  {filter.cohortId || filter.hospitalId
                    ? 'No active mentees of yours match these filters.'
                    : 'None of your open cohorts has active mentees yet.'}
                </EmptyNote>
              ) : (
                <ReflectionStatusTable report={report} />
              )}
            </Section>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function Filters({
  report,
  filter,
  onFilterChange,
}: {
  report: ReflectionStatusReport;
  filter: ReflectionStatusFilter;
  onFilterChange: (next: ReflectionStatusFilter) => void;
}) {
  const set = (name: keyof ReflectionStatusFilter, value: string | null) => {
    const next = { ...filter };
    if (value) next[name] = value;
    else delete next[name];
    onFilterChange(next);
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={720}>
      <Select
        label="Cohort"
        placeholder="All open cohorts"
        clearable
        searchable
        value={filter.cohortId ?? null}
        onChange={(value) => set('cohortId', value)}
        data={report.cohorts.map((cohort) => ({
          value: cohort.id,
          label: cohort.closed ? `${cohort.name} (closed)` : cohort.name,
        }))}
        nothingFoundMessage="No cohort by that name"
      />
      <Select
        label="Hospital"
        placeholder="All your hospitals"
        clearable
        value={filter.hospitalId ?? null}
        onChange={(value) => set('hospitalId', value)}
        data={report.hospitals.map((hospital) => ({ value: hospital.id, label: hospital.name }))}
      />
      <Text size="xs" c="dimmed" style={{ gridColumn: '1 / -1' }}>
        A mentee’s counts cover all of their reflections, whichever cohort they wrote them in.
      </Text>
    </SimpleGrid>
  );
}
