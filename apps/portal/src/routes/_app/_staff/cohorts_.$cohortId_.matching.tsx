import { createFileRoute } from '@tanstack/react-router';
import { matchingPreviewQuery } from '../../../features/matching/api.ts';
import { CohortMatchingPage } from '../../../features/matching/cohort-matching-page.tsx';

// Un-nested (the trailing underscores) so the page renders on its own, whatever layout the
// cohort pages above it use.
export const Route = createFileRoute('/_app/_staff/cohorts_/$cohortId_/matching')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    queryClient.ensureQueryData(matchingPreviewQuery(trpc, params.cohortId)),
  component: CohortMatchingRoute,
});

function CohortMatchingRoute() {
  const { cohortId } = Route.useParams();
  return <CohortMatchingPage cohortId={cohortId} />;
}
