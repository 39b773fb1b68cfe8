import { Badge, Group, List, Text } from '@mantine/core';
import { isOverdue, localDay } from '@preceptor/domain/goals/goal-dates';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { sharedGoalsQuery } from './api.ts';
import { formatDay, STATUS_HEADINGS } from './goal-words.ts';

const STATUS_COLORS = { OPEN: 'blue', DONE: 'green', DROPPED: 'gray' } as const;

/** A mentor's read-only view of the goals a mentee shared with this match. */
export function SharedGoalsList({ matchId, menteeName }: { matchId: string; menteeName: string }) {
  const trpc = useTRPC();
  const goals = useQuery(sharedGoalsQuery(trpc, matchId));
  const today = localDay(new Date());
  return (
    <div>
      <Text size="sm" fw={600}>
        Goals shared with you
      </Text>
      <QueryState query={goals} what={`${menteeName}'s goals`}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed" mt={4}>
              {menteeName} has not shared a goal with you yet.
            </Text>
          ) : (
            <List size="sm" spacing={6} mt={4} aria-label={`${menteeName}'s goals`}>
              {list.map((goal) => (
                <List.Item key={goal.id}>
                  <Group gap={6} wrap="wrap">
                    <Text span size="sm" fw={500}>
                      {goal.title}
                    </Text>
                    <Badge size="sm" variant="light" color={STATUS_COLORS[goal.status]}>
                      {goal.status === 'OPEN' ? 'Open' : STATUS_HEADINGS[goal.status]}
                    </Badge>
                    {isOverdue(goal, today) ? (
                      <Badge size="sm" color="red.9" variant="filled">
                        Overdue
                      </Badge>
                    ) : null}
                  </Group>
                  {goal.description ? (
                    <Text size="xs" style={{ whiteSpace: 'pre-line' }}>
                      {goal.description}
                    </Text>
                  ) : null}
                  {goal.targetDate ? (
                    <Text size="xs" c="dimmed">
                      Target date: {formatDay(goal.targetDate)}
                    </Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </div>
  );
}
