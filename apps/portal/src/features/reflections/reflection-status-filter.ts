import { guidParam, type SearchOf, searchParams } from '../../lib/search-params.ts';

/**
 * The reflection status report's filters in the URL. Its own module: the route validates the
 * search before its code is loaded, so whatever this imports is in every page's first download.
 * A hand-edited URL with a broken id falls back to "all" rather than an error page.
 */
const filterParams = { cohortId: guidParam, hospitalId: guidParam };
export const ReflectionStatusFilter = searchParams(filterParams);
export type ReflectionStatusFilter = SearchOf<typeof filterParams>;
