import { createFileRoute } from '@tanstack/react-router';
import { peopleListQuery } from '../../../features/people/api.ts';
import { PeoplePage } from '../../../features/people/people-page.tsx';
import { PeopleSearch } from '../../../features/people/people-search.ts';

// The search box and page live in the URL, so a filtered list can be bookmarked and shared.
export const Route = createFileRoute('/_app/_staff/people')({
  validateSearch: PeopleSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureQueryData(peopleListQuery(trpc, deps)),
  component: PeopleRoute,
});

function PeopleRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <PeoplePage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />
  );
}
