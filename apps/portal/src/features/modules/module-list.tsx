import { Group, Paper, Stack, Text } from '@mantine/core';
import type { AssignedModule } from '@preceptor/domain/modules/assigned-module-schemas';
import { AnchorLink } from '../../components/router-links.tsx';
import { formatDate } from '../../lib/format.ts';
import { byUrgency, ModuleStatusBadge } from './module-status.tsx';

interface ModuleListProps {
  modules: AssignedModule[];
  limit?: number;
}

export function ModuleList({ modules, limit }: ModuleListProps) {
  const sorted = modules.toSorted(byUrgency);
  const shown = limit ? sorted.slice(0, limit) : sorted;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {shown.map((module) => (
        <li key={`${module.cohortName}-${module.moduleId}`}>
          <ModuleRow module={module} />
        </li>
      ))}
    </Stack>
  );
}

function ModuleRow({ module }: { module: AssignedModule }) {
  const overdue = module.status === 'overdue';
  return (
    <Paper
      withBorder
      p="sm"
      // A red edge as well as the red badge: overdue work should be seen at a glance.
      style={overdue ? { borderLeft: '4px solid var(--mantine-color-red-9)' } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <Stack gap={2}>
          <AnchorLink to="/modules/$slug" params={{ slug: module.slug }} fw={600}>
            {module.title}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {module.cohortName} · about {module.estimatedMinutes} min
          </Text>
          <Text size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 600 : undefined}>
            {module.dueAt ? `${overdue ? 'Was due' : 'Due'} ${formatDate(module.dueAt)}` : 'No due date'}
          </Text>
          {module.status === 'locked' && module.blockedByTitle ? (
            <Text size="sm" c="dimmed">
              Opens when you complete “{module.blockedByTitle}”
            </Text>
          ) : null}
          {module.blockedByTitle ? (
            <Text size="sm" c="dimmed">
              Opens when you complete “{module.blockedByTitle}”.
            </Text>
          ) : null}
        </Stack>
        <ModuleStatusBadge status={module.status} />
      </Group>
    </Paper>
  );
}
