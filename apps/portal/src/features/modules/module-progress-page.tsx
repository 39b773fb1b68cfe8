import { Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ExportButtons } from '../../components/download-buttons.tsx';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { cohortProgressQuery, moduleProgressExportHref } from './api.ts';

/** Staff: module completion and overdue counts per cohort and hospital (their hospitals only). */
export function ModuleProgressPage() {
  const trpc = useTRPC();
  const query = useQuery(cohortProgressQuery(trpc));
  return (
    <>
      <PageHeader
        title="Module completion"
        description="Assigned, completed and overdue modules for the mentees of each open cohort, by hospital."
        action={<ExportButtons what="module completion" href={moduleProgressExportHref} />}
      />
      <QueryState query={query} what="module completion">
        {(rows) =>
          rows.length === 0 ? (
            <EmptyNote title="No open cohorts with mentees">
              Assign a curriculum to a cohort to see progress.
            </EmptyNote>
          ) : (
            <TableScroll minWidth={560} label="Module completion">
              <Table striped aria-label="Module completion">
                <Table.Caption>Counts are mentee × module assignments.</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Cohort</Table.Th>
                    <Table.Th scope="col">Hospital</Table.Th>
                    <Table.Th scope="col">Mentees</Table.Th>
                    <Table.Th scope="col">Assigned</Table.Th>
                    <Table.Th scope="col">Completed</Table.Th>
                    <Table.Th scope="col">Overdue</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={`${row.cohortId}-${row.hospitalId}`}>
                      <Table.Td>{row.cohortName}</Table.Td>
                      <Table.Td>{row.hospitalName}</Table.Td>
                      <Table.Td>{row.mentees}</Table.Td>
                      <Table.Td>{row.assigned}</Table.Td>
                      <Table.Td>
                        {row.completed} (
                        {row.assigned === 0 ? 0 : Math.round((row.completed / row.assigned) * 100)}%)
                      </Table.Td>
                      <Table.Td
                        c={row.overdue > 0 ? 'red.9' : undefined}
                        fw={row.overdue > 0 ? 700 : undefined}
                      >
                        {row.overdue}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )
        }
      </QueryState>
    </>
  );
}
