import { Badge } from '@mantine/core';
import type { CohortSummary } from '@preceptor/domain/cohorts/cohort-schemas';

const STATUS: Record<CohortSummary['status'], { label: string; color: string }> = {
  DRAFT: { label: 'Draft', color: 'gray' },
  ACTIVE: { label: 'Active', color: 'green' },
  CLOSED: { label: 'Closed', color: 'dark' },
};

export function CohortStatusBadge({ status }: { status: CohortSummary['status'] }) {
  const { label, color } = STATUS[status];
  return (
    <Badge color={color} variant="light" miw="fit-content">
      {label}
    </Badge>
  );
}
