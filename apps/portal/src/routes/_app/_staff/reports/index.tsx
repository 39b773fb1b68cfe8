import { createFileRoute } from '@tanstack/react-router';
import { prefetchReportSections, reportFilterOptionsQuery } from '../../../../features/reports/api.ts';
import { ReportSearch } from '../../../../features/reports/report-search.ts';
import { ReportsPage } from '../../../../features/reports/reports-page.tsx';

// The filter lives in the URL, so "my cohort, last quarter" can be bookmarked and shared. The
// page's code is its own chunk (autoCodeSplitting): only staff who open reports download charts.
export const Route = createFileRoute('/_app/_staff/reports/')({
  validateSearch: ReportSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient, trpc }, deps }) => {
    prefetchReportSections(queryClient, trpc, deps);
    return queryClient.ensureQueryData(reportFilterOptionsQuery(trpc));
  },
  component: ReportsRoute,
});

function ReportsRoute() {
  const options = Route.useLoaderData();
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <ReportsPage
      options={options}
      filter={search}
      onFilterChange={(next) => void navigate({ search: next, replace: true })}
    />
  );
}
