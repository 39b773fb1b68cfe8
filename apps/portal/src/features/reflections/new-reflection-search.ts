import { z } from 'zod';
import { optionalParam, withoutAbsent } from '../../lib/search-params.ts';

/** A module's reflection prompt links to /journal/new with its module and prompt section. */
export const NewReflectionSearch = z
  .object({
    moduleId: optionalParam(z.string().min(1)),
    promptSectionKey: optionalParam(z.string().min(1)),
  })
  .transform(withoutAbsent);
export type NewReflectionSearch = z.output<typeof NewReflectionSearch>;
