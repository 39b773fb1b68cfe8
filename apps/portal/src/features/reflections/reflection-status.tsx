import { Badge } from '@mantine/core';
import type { ReflectionStatus } from '@preceptor/domain/reflections/reflection-schemas';

const STATUS: Record<ReflectionStatus, { label: string; color: string }> = {
  DRAFT: { label: 'Draft', color: 'gray' },
  SHARED: { label: 'Shared with mentor', color: 'blue' },
  REVISION_REQUESTED: { label: 'Revision requested', color: 'orange' },
  REVIEWED: { label: 'Reviewed', color: 'green' },
};

export function ReflectionStatusBadge({ status }: { status: ReflectionStatus }) {
  const { label, color } = STATUS[status];
  return (
    <Badge color={color} variant="light" miw="fit-content">
      {label}
    </Badge>
  );
}
