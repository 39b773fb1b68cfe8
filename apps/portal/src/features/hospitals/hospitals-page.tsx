import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';
import { useCurrentUser } from '../auth/index.ts';
import { HospitalAdminSection } from './hospital-admin-section.tsx';
import { HospitalsSection } from './hospitals-section.tsx';
import { MatchesChart } from './matches-chart.tsx';
import { StaffRolesSection } from './staff-roles-section.tsx';

export function HospitalsPage() {
  const { isNetworkAdmin } = useCurrentUser();
  return (
    <Stack gap="xl">
      <PageHeader
        title="Hospitals"
        description="The partner hospitals you administer and how their programs are doing."
      />
      <HospitalsSection
        title="Overview"
        withTable={false}
        extra={(overview) => <MatchesChart hospitals={overview.hospitals} />}
      />
      <HospitalAdminSection canManage={isNetworkAdmin} />
      {isNetworkAdmin ? <StaffRolesSection /> : null}
    </Stack>
  );
}
