import type { Profession } from '@preceptor/domain/people/people-schemas';
import { allOf } from './search-params.ts';

/**
 * The professions, for URL readers on every page's first download: checked by the compiler
 * against the API's `Profession` schema, which (with zod) stays out of that download.
 */
export const PROFESSIONS = allOf<Profession>()([
  'PERFUSION',
  'NEUROMONITORING',
  'SURGICAL_ASSISTING',
  'ANESTHESIA',
  'NURSING',
  'SURGICAL_TECHNOLOGY',
  'OTHER',
]);
