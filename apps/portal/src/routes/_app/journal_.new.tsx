import { createFileRoute } from '@tanstack/react-router';
import { NewReflectionPage } from '../../features/reflections/new-reflection-page.tsx';
import { NewReflectionSearch } from '../../features/reflections/new-reflection-search.ts';

export const Route = createFileRoute('/_app/journal_/new')({
  validateSearch: NewReflectionSearch,
  component: NewReflectionRoute,
});

function NewReflectionRoute() {
  return <NewReflectionPage search={Route.useSearch()} />;
}
