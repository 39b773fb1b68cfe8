import { createFileRoute } from '@tanstack/react-router';
import { ImportPeoplePage } from '../../../features/people/import-people-page.tsx';
import { searchParams, textParam } from '../../../lib/search-params.ts';

// `?cohortId=…`: import into that cohort (people with a role become its members).
export const Route = createFileRoute('/_app/_staff/people_/import')({
  validateSearch: searchParams({ cohortId: textParam(64) }),
  component: ImportRoute,
});

function ImportRoute() {
  const { cohortId } = Route.useSearch();
  return <ImportPeoplePage key={cohortId ?? 'none'} cohortId={cohortId} />;
}
