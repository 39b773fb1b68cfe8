import type { AccessStatus } from '@preceptor/domain/people/access-status';
import type { ListPeopleInput } from '@preceptor/domain/people/people-schemas';
import { PROFESSIONS } from '@preceptor/domain/people/professions';
import {
  allOf,
  flagParam,
  intParam,
  oneOf,
  type SearchOf,
  searchParams,
  textParam,
} from '../../lib/search-params.ts';

// The enums' values, checked by the compiler against the API's schemas (types only: the schemas,
// and zod with them, stay out of every page's first download).
const COHORT_ROLES = allOf<NonNullable<ListPeopleInput['cohortRole']>>()(['MENTOR', 'MENTEE', 'NONE']);
const STATUSES = allOf<ListPeopleInput['status']>()(['ACTIVE', 'INACTIVE', 'ALL']);
const ACCESS_STATUSES = allOf<AccessStatus>()([
  'SIGNED_IN',
  'PASSWORD_SET',
  'INVITED',
  'INVITATION_LAPSED',
  'NEVER_INVITED',
]);
const SORTS = allOf<ListPeopleInput['sort']>()(['name', 'email', 'hospital', 'profession', 'createdAt']);

const peopleParams = {
  q: textParam(100),
  hospitalId: textParam(100),
  profession: oneOf(PROFESSIONS),
  specialty: textParam(100),
  cohortRole: oneOf(COHORT_ROLES),
  status: oneOf(STATUSES),
  access: oneOf(ACCESS_STATUSES),
  sort: oneOf(SORTS),
  desc: flagParam,
  // Page 1 is the default, so it stays out of the URL.
  page: intParam(2, 10_000),
};

/** The people list's state in the URL (`/people?q=smith&profession=NURSING&page=2`), so it can be shared. */
export const PeopleSearch = searchParams(peopleParams);
export type PeopleSearch = SearchOf<typeof peopleParams>;
