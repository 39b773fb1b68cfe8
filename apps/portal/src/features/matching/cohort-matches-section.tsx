import { Badge, Button, Table, Text } from '@mantine/core';
import type { CohortMatchRow } from '@preceptor/domain/matching/workflow-schemas';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ExportButtons } from '../../components/download-buttons.tsx';
import { EmptyNote } from '../../components/empty-note.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Section } from '../../components/section.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { cohortMatchesExportHref, cohortMatchesQuery, useEndMatch } from './api.ts';
import { EndMatchDialog } from './end-match-dialog.tsx';
import { TopFactors } from './factor-list.tsx';
import { PersonCell } from './proposals-section.tsx';

/** Active and ended matches of the cohort; staff can end an active one, freeing both people for re-matching. */
export function CohortMatchesSection({ cohortId, readOnly }: { cohortId: string; readOnly: boolean }) {
  const trpc = useTRPC();
  const query = useQuery(cohortMatchesQuery(trpc, cohortId));
  const [ending, setEnding] = useState<CohortMatchRow | null>(null);
  const end = useEndMatch();
  return (
    <Section
      title="Matches"
      action={
        <ExportButtons what="the matches" href={(format) => cohortMatchesExportHref(cohortId, format)} />
      }
    >
      <QueryState query={query} what="the cohort's matches">
        {(rows) =>
          rows.length === 0 ? (
            <EmptyNote title="No matches yet">Publish a run to make its proposals active matches.</EmptyNote>
          ) : (
            <TableScroll minWidth={760} label="Matches">
              <Table striped aria-label="Matches" verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Mentee</Table.Th>
                    <Table.Th scope="col">Mentor</Table.Th>
                    <Table.Th scope="col">Score</Table.Th>
                    <Table.Th scope="col">Why</Table.Th>
                    <Table.Th scope="col">Meetings</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((m) => (
                    <Table.Tr key={m.matchId}>
                      <Table.Td>
                        <PersonCell person={m.mentee} />
                      </Table.Td>
                      <Table.Td>
                        <PersonCell person={m.mentor} />
                      </Table.Td>
                      <Table.Td>{m.score}</Table.Td>
                      <Table.Td>
                        <TopFactors factors={m.factors} />
                      </Table.Td>
                      <Table.Td>
                        {m.meetings.count === 0 ? (
                          <Text size="sm">None logged</Text>
                        ) : (
                          <Text size="sm">
                            {m.meetings.count}, last {formatDate(m.meetings.lastAt)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {m.status === 'ACTIVE' ? (
                          <>
                            <Badge color="teal" variant="light">
                              Active since {formatDate(m.activatedAt)}
                            </Badge>
                            {readOnly ? null : (
                              <Button
                                mt={4}
                                size="compact-xs"
                                variant="subtle"
                                color="red"
                                aria-label={`End match of ${m.mentee.name} with ${m.mentor.name}`}
                                onClick={() => {
                                  end.reset();
                                  setEnding(m);
                                }}
                              >
                                End match
                              </Button>
                            )}
                          </>
                        ) : (
                          <Text size="sm">
                            Ended {formatDate(m.endedAt)}
                            {m.endReason ? `: ${m.endReason}` : ''}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )
        }
      </QueryState>
      <EndMatchDialog
        opened={ending !== null}
        title="End this match"
        explanation={
          ending
            ? `${ending.mentee.name} and ${ending.mentor.name} will be told. The mentee is considered again in the next run, never with this mentor.`
            : ''
        }
        confirmLabel="End match"
        pending={end.isPending}
        error={end.error}
        onClose={() => setEnding(null)}
        onConfirm={(reason) =>
          ending && end.mutate({ matchId: ending.matchId, reason }, { onSuccess: () => setEnding(null) })
        }
      />
    </Section>
  );
}
