import { type SearchOf, searchParams, stringParam } from '../../lib/search-params.ts';

/** A module's reflection prompt links to /journal/new with its module and prompt section. */
const newReflectionParams = { moduleId: stringParam, promptSectionKey: stringParam };
export const NewReflectionSearch = searchParams(newReflectionParams);
export type NewReflectionSearch = SearchOf<typeof newReflectionParams>;
