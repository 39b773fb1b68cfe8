import { createFileRoute } from '@tanstack/react-router';
import { CohortDetailPage } from '../../../features/cohorts/cohort-detail-page.tsx';

export const Route = createFileRoute('/_app/_staff/cohorts_/$cohortId')({
  component: CohortRoute,
});

function CohortRoute() {
  const { cohortId } = Route.useParams();
  return <CohortDetailPage cohortId={cohortId} />;
}
