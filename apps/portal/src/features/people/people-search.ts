import { Profession } from '@preceptor/domain/people/people-schemas';

/** The people list's state in the URL (`/people?q=smith&profession=NURSING&page=2`), so it can be shared. */
export interface PeopleSearch {
  q?: string;
  hospitalId?: string;
  profession?: Profession;
  specialty?: string;
  cohortRole?: 'MENTOR' | 'MENTEE' | 'NONE';
  status?: 'ACTIVE' | 'INACTIVE' | 'ALL';
  sort?: 'name' | 'email' | 'hospital' | 'profession' | 'createdAt';
  desc?: boolean;
  page?: number;
}

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 100) : undefined;
const oneOf = <T extends string>(value: unknown, options: readonly T[]) =>
  options.includes(value as T) ? (value as T) : undefined;

export function validatePeopleSearch(search: Record<string, unknown>): PeopleSearch {
  const page = Number(search.page);
  const result: PeopleSearch = {
    q: text(search.q),
    hospitalId: text(search.hospitalId),
    profession: oneOf(search.profession, Profession.options),
    specialty: text(search.specialty),
    cohortRole: oneOf(search.cohortRole, ['MENTOR', 'MENTEE', 'NONE'] as const),
    status: oneOf(search.status, ['ACTIVE', 'INACTIVE', 'ALL'] as const),
    sort: oneOf(search.sort, ['name', 'email', 'hospital', 'profession', 'createdAt'] as const),
    desc: search.desc === true || search.desc === 'true' ? true : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as PeopleSearch;
}
