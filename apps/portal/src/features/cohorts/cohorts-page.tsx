import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';
import { CohortsSection } from './cohorts-section.tsx';
import { NewCohortButton } from './new-cohort-button.tsx';

export function CohortsPage() {
  return (
    <Stack gap="xl">
      <PageHeader
        title="Cohorts"
        description="Program runs at the hospitals you administer. Counts include only your hospitals' people."
        action={<NewCohortButton />}
      />
      <CohortsSection title="All cohorts" />
    </Stack>
  );
}
