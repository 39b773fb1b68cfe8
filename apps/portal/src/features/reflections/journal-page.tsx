import { Button, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { GrowthChart } from './growth-chart.tsx';
import { MyJournalSection } from './reflection-sections.tsx';

export function JournalPage() {
  return (
    <Stack gap="xl">
      <PageHeader
        title="Journal"
        description="Your reflections. Only you can read them, and the mentor you choose to share one with."
        action={
          <Button component={Link} to="/journal/new">
            New reflection
          </Button>
        }
      />
      <MyJournalSection title="Entries" />
      <GrowthChart />
    </Stack>
  );
}
