import { createFileRoute } from '@tanstack/react-router';
import { ReflectionStatusFilter } from '../../../features/reflections/reflection-status-filter.ts';
import { ReflectionStatusPage } from '../../../features/reflections/reflection-status-page.tsx';

// The filters live in the URL, so a coordinator can bookmark "my cohort at my hospital".
export const Route = createFileRoute('/_app/_staff/reflection-status')({
  validateSearch: ReflectionStatusFilter,
  component: ReflectionStatusRoute,
});

function ReflectionStatusRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <ReflectionStatusPage
      filter={search}
      onFilterChange={(next) => void navigate({ search: next, replace: true })}
    />
  );
}
