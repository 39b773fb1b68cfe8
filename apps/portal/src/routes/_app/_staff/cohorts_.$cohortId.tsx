import { createFileRoute } from '@tanstack/react-router';
import { cohortQuery } from '../../../features/cohorts/api.ts';
import { CohortDetailPage } from '../../../features/cohorts/cohort-detail-page.tsx';

export const Route = createFileRoute('/_app/_staff/cohorts_/$cohortId')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    queryClient.ensureQueryData(cohortQuery(trpc, params.cohortId)),
  component: CohortRoute,
});

function CohortRoute() {
  const { cohortId } = Route.useParams();
  return <CohortDetailPage cohortId={cohortId} />;
}
