import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';
import { MyModulesSection } from './modules-sections.tsx';

export function ModulesPage() {
  return (
    <Stack gap="xl">
      <PageHeader
        title="My modules"
        description="Short case-based courses on clinical ethics and professionalism, most urgent first."
      />
      <MyModulesSection title="Assigned to you" />
    </Stack>
  );
}
