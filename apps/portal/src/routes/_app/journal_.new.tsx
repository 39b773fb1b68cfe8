import { createFileRoute } from '@tanstack/react-router';
import { NewReflectionPage } from '../../features/reflections/new-reflection-page.tsx';

interface NewReflectionSearch {
  moduleId?: string;
  promptSectionKey?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** A module's reflection prompt links here with its module and prompt section. */
export const Route = createFileRoute('/_app/journal_/new')({
  validateSearch: (search: Record<string, unknown>): NewReflectionSearch => ({
    moduleId: text(search.moduleId),
    promptSectionKey: text(search.promptSectionKey),
  }),
  component: NewReflectionPage,
});
