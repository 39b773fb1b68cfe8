import { Stack } from '@mantine/core';
import type { LearningReport } from '@preceptor/domain/reports/report-section-schemas';
import { formatNumber } from '../../lib/format.ts';
import { FigureLink } from './figure-link.tsx';
import type { ReportSearch } from './report-search.ts';
import { type ReportColumn, ReportTable } from './report-table.tsx';

type Counts = LearningReport['byModule'][number] | LearningReport['byCohort'][number];
const STATES = [
  ['completed', 'Completed'],
  ['inProgress', 'In progress'],
  ['notStarted', 'Not started'],
  ['overdue', 'Overdue'],
] as const;

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

/** Assignment state columns, each a link to the people in that state. */
function stateColumns<TRow extends Counts>(
  narrow: (row: TRow) => { filter: ReportSearch; moduleId?: string; name: string },
): ReportColumn<TRow>[] {
  return [
    { header: 'Assigned', cell: (row) => formatNumber(row.assigned) },
    ...STATES.map(([state, word]) => ({
      header: word,
      cell: (row: TRow) => {
        const { filter, moduleId, name } = narrow(row);
        return (
          <FigureLink
            value={row[state]}
            filter={filter}
            figure={{ figure: 'assignments', assignment: state, ...(moduleId ? { moduleId } : {}) }}
            what={`${word.toLowerCase()}, ${name}`}
          />
        );
      },
    })),
    { header: 'Completion', cell: (row) => percent(row.completed, row.assigned) },
  ];
}

/** The learning section's tables: by module, by cohort and hospital, and quizzes. */
export function LearningTables({ report, filter }: { report: LearningReport; filter: ReportSearch }) {
  return (
    <Stack gap="md">
      <ReportTable
        label="Module assignments by module"
        minWidth={720}
        rows={report.byModule}
        rowKey={(row) => row.moduleId}
        columns={[
          { header: 'Module', cell: (row) => row.moduleTitle },
          ...stateColumns<LearningReport['byModule'][number]>((row) => ({
            filter,
            moduleId: row.moduleId,
            name: row.moduleTitle,
          })),
        ]}
      />
      <ReportTable
        label="Module assignments by cohort and hospital"
        minWidth={820}
        rows={report.byCohort}
        rowKey={(row) => `${row.cohortId}-${row.hospitalId ?? 'none'}`}
        columns={[
          { header: 'Cohort', cell: (row) => row.cohortName },
          { header: 'Hospital', cell: (row) => row.hospitalName ?? 'No hospital' },
          ...stateColumns<LearningReport['byCohort'][number]>((row) => ({
            filter: {
              ...filter,
              cohortId: row.cohortId,
              ...(row.hospitalId ? { hospitalId: row.hospitalId } : {}),
            },
            name: `${row.cohortName}, ${row.hospitalName ?? 'no hospital'}`,
          })),
        ]}
      />
      {report.quizzes.length > 0 ? (
        <ReportTable
          label="Quizzes by module"
          minWidth={640}
          rows={report.quizzes}
          rowKey={(row) => row.moduleId}
          columns={[
            { header: 'Module', cell: (row) => row.moduleTitle },
            {
              header: 'People who tried',
              cell: (row) => (
                <FigureLink
                  value={row.people}
                  filter={filter}
                  figure={{ figure: 'quizAttempts', moduleId: row.moduleId }}
                  what={`people who tried the quiz of ${row.moduleTitle}`}
                />
              ),
            },
            { header: 'Attempts', cell: (row) => formatNumber(row.attempts) },
            { header: 'Pass rate (attempts)', cell: (row) => percent(row.passedAttempts, row.attempts) },
            {
              header: 'People passed',
              cell: (row) => (
                <FigureLink
                  value={row.peoplePassed}
                  filter={filter}
                  figure={{ figure: 'quizAttempts', moduleId: row.moduleId, quiz: 'passed' }}
                  what={`people who passed the quiz of ${row.moduleTitle}`}
                />
              ),
            },
          ]}
        />
      ) : null}
    </Stack>
  );
}
