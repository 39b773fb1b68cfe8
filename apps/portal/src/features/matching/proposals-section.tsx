import { Alert, Badge, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import type { MatchingPreview, PairPerson } from '@preceptor/domain/matching/workflow-schemas';
import { EmptyNote } from '../../components/empty-note.tsx';
import { Section } from '../../components/section.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { usePairRules } from './api.ts';
import { TopFactors } from './factor-list.tsx';

export function PersonCell({ person }: { person: PairPerson }) {
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {person.name}
      </Text>
      {person.inScope ? (
        <Text size="xs" c="dimmed">
          {[
            person.specialty,
            person.hospitalName,
            person.yearsExperience !== null ? `${person.yearsExperience} y` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      ) : null}
    </Stack>
  );
}

export function ProposalsSection({ preview, readOnly }: { preview: MatchingPreview; readOnly: boolean }) {
  const cohortId = preview.cohort.id;
  const rules = usePairRules(cohortId);
  const failed = [rules.pin, rules.exclude, rules.clear].find((m) => m.isError);
  const run = preview.run;
  const pair = (p: { mentee: PairPerson; mentor: PairPerson }) => ({
    cohortId,
    menteeMembershipId: p.mentee.membershipId,
    mentorMembershipId: p.mentor.membershipId,
  });
  const editable = !readOnly && run?.status === 'PREVIEW';
  return (
    <Stack gap="xl">
      {failed ? (
        <Alert color="red" title="That change was not made">
          {errorMessage(failed.error)}
        </Alert>
      ) : null}
      <Section title={run?.status === 'PUBLISHED' ? 'Last published run' : 'Proposals'}>
        {run ? (
          <Text size="sm" c="dimmed">
            Run {formatDateTime(run.createdAt)}: {run.stats.matched} of {run.stats.menteesConsidered} mentees
            without a mentor matched, total score {run.stats.totalScore}, solved in {run.stats.solveMs} ms.
            {run.stats.pinsIgnored > 0
              ? ` ${run.stats.pinsIgnored} pin(s) ignored: their mentee already has a mentor.`
              : ''}
          </Text>
        ) : null}
        {!run || preview.proposals.length === 0 ? (
          <EmptyNote title={run ? 'No proposals' : 'No run yet'}>
            {run ? 'This run proposed no pairs you administer.' : 'Run matching to see proposed pairs.'}
          </EmptyNote>
        ) : (
          <TableScroll minWidth={640} label="Proposed matches">
            <Table striped aria-label="Proposed matches" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Mentee</Table.Th>
                  <Table.Th scope="col">Mentor</Table.Th>
                  <Table.Th scope="col">Score</Table.Th>
                  <Table.Th scope="col">Top factors</Table.Th>
                  {editable ? <Table.Th scope="col">Actions</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.proposals.map((p) => (
                  <Table.Tr key={p.matchId}>
                    <Table.Td>
                      <PersonCell person={p.mentee} />
                    </Table.Td>
                    <Table.Td>
                      <PersonCell person={p.mentor} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Text fw={600}>{p.score}</Text>
                        {p.pinned ? <Badge size="sm">Pinned</Badge> : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <TopFactors factors={p.factors} />
                    </Table.Td>
                    {editable ? (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {p.pinned ? null : (
                            <Button
                              size="xs"
                              variant="light"
                              aria-label={`Pin ${p.mentee.name} with ${p.mentor.name}`}
                              onClick={() => rules.pin.mutate(pair(p))}
                            >
                              Pin
                            </Button>
                          )}
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            aria-label={`Exclude ${p.mentee.name} with ${p.mentor.name}`}
                            onClick={() => rules.exclude.mutate(pair(p))}
                          >
                            Exclude
                          </Button>
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Section>

      {run ? (
        <Section title={`Unmatched mentees (${preview.unmatched.length})`}>
          {preview.unmatched.length === 0 ? (
            <Text size="sm">Every mentee without a mentor got one.</Text>
          ) : (
            <List spacing="xs">
              {preview.unmatched.map((u) => (
                <List.Item key={u.mentee.membershipId}>
                  <Text size="sm">
                    <Text span fw={500}>
                      {u.mentee.name}
                    </Text>{' '}
                    — {u.detail}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      ) : null}

      <Section title="Pins and exclusions">
        {preview.rules.length === 0 ? (
          <Text size="sm">None. Pin a pair to keep it in the next run; exclude one to keep it out.</Text>
        ) : (
          <List spacing="xs">
            {preview.rules.map((r) => (
              <List.Item key={`${r.mentee.membershipId}|${r.mentor.membershipId}`}>
                <Group gap="xs" wrap="wrap">
                  <Badge color={r.kind === 'PIN' ? 'blue' : 'red'} variant="light">
                    {r.kind === 'PIN' ? 'Pinned' : 'Excluded'}
                  </Badge>
                  <Text size="sm">
                    {r.mentee.name} with {r.mentor.name}
                    {r.reason ? ` — ${r.reason}` : ''}
                  </Text>
                  {readOnly ? null : (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`Remove the ${r.kind === 'PIN' ? 'pin' : 'exclusion'} of ${r.mentee.name} with ${r.mentor.name}`}
                      onClick={() => rules.clear.mutate(pair(r))}
                    >
                      Remove
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </Stack>
  );
}
