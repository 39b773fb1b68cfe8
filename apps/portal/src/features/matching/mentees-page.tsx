import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';
import { MyMenteesSection } from './match-sections.tsx';

export function MenteesPage() {
  return (
    <Stack gap="xl">
      <PageHeader
        title="My mentees"
        description="The people you mentor in your active cohorts, and what the matcher saw in each pairing, and the goals each mentee shared with you."
      />
      <MyMenteesSection title="Active matches" withGoals />
    </Stack>
  );
}
