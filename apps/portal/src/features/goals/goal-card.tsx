import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { isOverdue } from '@preceptor/domain/goals/goal-dates';
import type { GoalStatus, MyGoal } from '@preceptor/domain/goals/goal-schemas';
import { nextGoalStatuses } from '@preceptor/domain/goals/goal-status';
import { formatDay, MOVE_LABELS } from './goal-words.ts';

interface GoalCardProps {
  goal: MyGoal;
  today: string;
  busy: boolean;
  onMove: (status: GoalStatus) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One of the mentee's goals, with what can be done with it. */
export function GoalCard({ goal, today, busy, onMove, onEdit, onDelete }: GoalCardProps) {
  const overdue = isOverdue(goal, today);
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-label={goal.title}
      style={overdue ? { borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={3} size="h5">
            {goal.title}
          </Title>
          {overdue ? (
            <Badge color="red.9" variant="filled" style={{ flexShrink: 0 }}>
              Overdue
            </Badge>
          ) : null}
        </Group>
        {goal.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {goal.description}
          </Text>
        ) : null}
        <Text size="sm" c={overdue ? 'red.9' : 'dimmed'} fw={overdue ? 600 : undefined}>
          {goal.targetDate ? `Target date: ${formatDay(goal.targetDate)}` : 'No target date'}
          {' · '}
          {goal.sharedWith
            ? `Shared with ${goal.sharedWith.mentorName}${goal.sharedWith.active ? '' : ' (match ended)'}`
            : 'Only you can see it'}
        </Text>
        <Group gap="xs">
          {nextGoalStatuses(goal.status).map((status) => (
            <Button
              key={status}
              size="xs"
              variant={status === 'DONE' ? 'filled' : 'default'}
              disabled={busy}
              onClick={() => onMove(status)}
            >
              {MOVE_LABELS[status]}
            </Button>
          ))}
          <Button size="xs" variant="default" onClick={onEdit} disabled={busy}>
            Edit
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={onDelete} disabled={busy}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
