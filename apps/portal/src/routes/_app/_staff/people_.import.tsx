import { createFileRoute } from '@tanstack/react-router';
import { ImportPeoplePage } from '../../../features/people/import-people-page.tsx';

// `?cohortId=…`: import into that cohort (people with a role become its members).
export const Route = createFileRoute('/_app/_staff/people_/import')({
  validateSearch: (search: Record<string, unknown>): { cohortId?: string } =>
    typeof search.cohortId === 'string' && search.cohortId ? { cohortId: search.cohortId.slice(0, 64) } : {},
  component: ImportRoute,
});

function ImportRoute() {
  const { cohortId } = Route.useSearch();
  return <ImportPeoplePage key={cohortId ?? 'none'} cohortId={cohortId} />;
}
