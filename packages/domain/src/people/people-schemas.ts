import { z } from 'zod';

export const Profession = z.enum([
  'PERFUSION',
  'NEUROMONITORING',
  'SURGICAL_ASSISTING',
  'ANESTHESIA',
  'NURSING',
  'SURGICAL_TECHNOLOGY',
  'OTHER',
]);
export type Profession = z.infer<typeof Profession>;

export const PROFESSION_LABELS: Record<Profession, string> = {
  PERFUSION: 'Perfusion',
  NEUROMONITORING: 'Neuromonitoring',
  SURGICAL_ASSISTING: 'Surgical assisting',
  ANESTHESIA: 'Anesthesia',
  NURSING: 'Nursing',
  SURGICAL_TECHNOLOGY: 'Surgical technology',
  OTHER: 'Other',
};

export const ListPeopleInput = z.object({
  search: z.string().trim().max(100).optional(),
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
});
export type PersonRow = z.infer<typeof PersonRow>;

export const PeoplePage = z.object({
  rows: z.array(PersonRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PeoplePage = z.infer<typeof PeoplePage>;
