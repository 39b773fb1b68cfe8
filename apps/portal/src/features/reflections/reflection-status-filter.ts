import { z } from 'zod';
import { optionalParam, withoutAbsent } from '../../lib/search-params.ts';

/**
 * The reflection status report's filters in the URL. Its own module: the route validates the
 * search before its code is loaded, so whatever this imports is in every page's first download.
 * A hand-edited URL with a broken id falls back to "all" rather than an error page.
 */
export const ReflectionStatusFilter = z
  .object({ cohortId: optionalParam(z.guid()), hospitalId: optionalParam(z.guid()) })
  .transform(withoutAbsent);
export type ReflectionStatusFilter = z.output<typeof ReflectionStatusFilter>;
