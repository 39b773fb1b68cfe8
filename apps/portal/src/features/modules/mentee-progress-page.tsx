import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { menteeProgressQuery } from './api.ts';
import { ModuleStatusBadge } from './module-status.tsx';

/** Mentor: each active mentee's modules, so a conversation can start from what is overdue. */
export function MenteeProgressPage() {
  const trpc = useTRPC();
  const query = useQuery(menteeProgressQuery(trpc));
  return (
    <Stack gap="lg">
      <PageHeader
        title="Mentees' modules"
        description="Where each of your mentees stands in their curriculum."
      />
      <QueryState query={query} what="your mentees' modules">
        {(mentees) =>
          mentees.length === 0 ? (
            <EmptyNote title="No active mentees">
              Once you are matched, your mentees' modules appear here.
            </EmptyNote>
          ) : (
            <Stack gap="lg">
              {mentees.map((mentee) => (
                <Stack key={`${mentee.menteeId}-${mentee.cohortName}`} gap="xs" component="section">
                  <Title order={2} size="h4">
                    {mentee.name}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {mentee.cohortName}
                  </Text>
                  {mentee.modules.map((module) => (
                    <Paper key={module.moduleId} withBorder p="sm">
                      <Group justify="space-between" wrap="nowrap">
                        <Stack gap={2}>
                          <Text fw={600}>{module.title}</Text>
                          <Text size="sm">
                            {module.completedAt
                              ? `Completed ${formatDate(module.completedAt)}`
                              : module.dueAt
                                ? `Due ${formatDate(module.dueAt)}`
                                : 'No due date'}
                          </Text>
                        </Stack>
                        <ModuleStatusBadge
                          status={module.status === 'available' ? 'not_started' : module.status}
                        />
                      </Group>
                    </Paper>
                  ))}
                </Stack>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
