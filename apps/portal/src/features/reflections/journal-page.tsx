import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';
import { MyJournalSection } from './reflection-sections.tsx';

export function JournalPage() {
  return (
    <Stack gap="xl">
      <PageHeader
        title="Journal"
        description="Your reflections. Only you can read them, and the mentor you choose to share one with."
      />
      <MyJournalSection title="Entries" />
    </Stack>
  );
}
