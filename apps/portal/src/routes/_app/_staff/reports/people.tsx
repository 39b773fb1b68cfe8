import { createFileRoute } from '@tanstack/react-router';
import { drillDownQuery } from '../../../../features/reports/api.ts';
import { DrillDownPage } from '../../../../features/reports/drill-down-page.tsx';
import { DrillDownSearch } from '../../../../features/reports/report-search.ts';

// Every figure of the reports links here with its filter and narrowing in the URL.
export const Route = createFileRoute('/_app/_staff/reports/people')({
  validateSearch: DrillDownSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) =>
    queryClient.ensureQueryData(drillDownQuery(trpc, deps)),
  component: DrillDownRoute,
});

function DrillDownRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <DrillDownPage
      search={search}
      onSearchChange={(next) => void navigate({ search: next, replace: true })}
    />
  );
}
