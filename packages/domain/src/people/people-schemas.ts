import { z } from 'zod';
import { AccessStatus } from './access-status.ts';
import { PROFESSIONS } from './professions.ts';

export { PROFESSION_LABELS } from './professions.ts';

export const Profession = z.enum(PROFESSIONS);
export type Profession = z.infer<typeof Profession>;

export const PeopleSort = z.enum(['name', 'email', 'hospital', 'profession', 'createdAt']);

export const ListPeopleInput = z.object({
  /** Name or email. */
  search: z.string().trim().max(100).optional(),
  hospitalId: z.string().optional(),
  profession: Profession.optional(),
  specialty: z.string().trim().max(100).optional(),
  /** People who are mentors (or mentees) in at least one cohort membership; `NONE` in none. */
  cohortRole: z.enum(['MENTOR', 'MENTEE', 'NONE']).optional(),
  status: z.enum(['ACTIVE', 'INACTIVE', 'ALL']).default('ACTIVE'),
  /** How far people have got in: signed in, invited, never invited… */
  access: AccessStatus.optional(),
  sort: PeopleSort.default('name'),
  descending: z.boolean().default(false),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export type ListPeopleInput = z.infer<typeof ListPeopleInput>;

export const PersonRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  hospitalName: z.string().nullable(),
  profession: Profession.nullable(),
  specialty: z.string().nullable(),
  active: z.boolean(),
  access: AccessStatus,
  /** Roles held in open cohorts' memberships. */
  cohortRoles: z.array(z.enum(['MENTOR', 'MENTEE'])),
});
export type PersonRow = z.infer<typeof PersonRow>;

export const PeoplePage = z.object({
  rows: z.array(PersonRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PeoplePage = z.infer<typeof PeoplePage>;
