import { Badge } from '@mantine/core';
import type { AssignedModule } from '@preceptor/domain/modules/assigned-module-schemas';

type Status = AssignedModule['status'];

// Plain colour names: lib/theme.ts makes light badges' text dark enough for AA. A shade here
// ('blue.9') would make a light badge's tint and text the same colour, leaving it unreadable.
const STATUS: Record<Status, { label: string; color: string; variant: 'light' | 'filled' | 'outline' }> = {
  // Overdue is the one status that asks for action, so it is the only filled (loud) badge.
  overdue: { label: 'Overdue', color: 'red.9', variant: 'filled' },
  in_progress: { label: 'In progress', color: 'blue', variant: 'light' },
  not_started: { label: 'Not started', color: 'gray', variant: 'light' },
  completed: { label: 'Completed', color: 'green', variant: 'light' },
  locked: { label: 'Locked', color: 'gray', variant: 'outline' },
};

export function ModuleStatusBadge({ status }: { status: Status }) {
  const { label, color, variant } = STATUS[status];
  return (
    <Badge color={color} variant={variant} miw="fit-content">
      {label}
    </Badge>
  );
}

const ORDER: Record<Status, number> = { overdue: 0, in_progress: 1, not_started: 2, locked: 3, completed: 4 };

/** What needs doing first: overdue, then started, then by due date; finished work last. */
export function byUrgency(a: AssignedModule, b: AssignedModule): number {
  const byStatus = ORDER[a.status] - ORDER[b.status];
  if (byStatus !== 0) return byStatus;
  const aDue = a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const bDue = b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return aDue - bDue;
}
