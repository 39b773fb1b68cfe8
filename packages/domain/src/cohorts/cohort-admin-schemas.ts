import { z } from 'zod';
import { CohortRef } from '../matching/workflow-schemas.ts';
import { ListPeopleInput, Profession } from '../people/people-schemas.ts';
import { CohortStatus } from './cohort-schemas.ts';

const CohortFieldsObject = z.object({
  name: z.string().trim().min(2, 'Enter the cohort’s name.').max(120, 'Use at most 120 characters.'),
  description: z.string().trim().max(2000, 'Use at most 2000 characters.').nullable(),
  hospitalIds: z
    .array(z.string().min(1))
    .min(1, 'Choose at least one hospital.')
    .max(50, 'At most 50 hospitals.'),
  startDate: z.date({ message: 'Choose a start date.' }),
  endDate: z.date({ message: 'Choose an end date.' }),
});

const endsAfterStart = (fields: { startDate: Date; endDate: Date }) => fields.endDate > fields.startDate;
const END_MESSAGE = { path: ['endDate'], message: 'The end date must come after the start date.' };

export const CreateCohortInput = CohortFieldsObject.refine(endsAfterStart, END_MESSAGE);
export type CreateCohortInput = z.infer<typeof CreateCohortInput>;

export const UpdateCohortInput = CohortFieldsObject.extend(CohortRef.shape).refine(
  endsAfterStart,
  END_MESSAGE,
);
export type UpdateCohortInput = z.infer<typeof UpdateCohortInput>;

/** Draft → active → closed; a closed cohort is read-only, so closing is the last step. */
export const COHORT_STATUS_NEXT: Record<z.infer<typeof CohortStatus>, z.infer<typeof CohortStatus>[]> = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['CLOSED'],
  CLOSED: [],
};

export const SetCohortStatusInput = CohortRef.extend({ status: CohortStatus });
export type SetCohortStatusInput = z.infer<typeof SetCohortStatusInput>;

export const MembershipRole = z.enum(['MENTOR', 'MENTEE']);
export type MembershipRole = z.infer<typeof MembershipRole>;

const Capacity = z
  .number({ message: 'Enter how many mentees.' })
  .int('Use a whole number.')
  .min(1, 'A mentor takes at least one mentee.')
  .max(20, 'At most 20 mentees.');

export const AddMembersInput = z
  .object({
    cohortId: z.string().min(1),
    role: MembershipRole,
    capacity: Capacity.nullable(),
    /** People picked one by one… */
    userIds: z.array(z.string().min(1)).max(1000, 'Add at most 1000 people at a time.').default([]),
    /** …or everyone matching a people filter (within the cohort's and the viewer's hospitals). */
    filter: ListPeopleInput.pick({
      search: true,
      hospitalId: true,
      profession: true,
      specialty: true,
    }).optional(),
  })
  .refine((input) => input.userIds.length > 0 || input.filter !== undefined, {
    path: ['userIds'],
    message: 'Choose people to add.',
  })
  .refine((input) => input.role === 'MENTEE' || input.capacity !== null, {
    path: ['capacity'],
    message: 'Enter how many mentees each mentor takes.',
  });
export type AddMembersInput = z.infer<typeof AddMembersInput>;

export const UpdateMemberInput = z.object({
  membershipId: z.string().min(1),
  role: MembershipRole,
  capacity: Capacity.nullable(),
});

export const RemoveMemberInput = z.object({ membershipId: z.string().min(1) });

export const AddMembersResult = z.object({ added: z.number().int(), alreadyMembers: z.number().int() });

export const CohortDetail = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  status: CohortStatus,
  startDate: z.date(),
  endDate: z.date(),
  /** All the cohort's hospitals; `mine` marks those the viewer administers. */
  hospitals: z.array(z.object({ id: z.string(), name: z.string(), code: z.string(), mine: z.boolean() })),
  readOnly: z.boolean(),
  /** Statuses the cohort may move to next. */
  nextStatuses: z.array(CohortStatus),
});
export type CohortDetail = z.infer<typeof CohortDetail>;

export const ListMembersInput = z.object({
  cohortId: z.string().min(1),
  role: MembershipRole.optional(),
  search: z.string().trim().max(100).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export type ListMembersInput = z.infer<typeof ListMembersInput>;

export const MemberRow = z.object({
  membershipId: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  hospitalName: z.string().nullable(),
  profession: Profession.nullable(),
  role: MembershipRole,
  capacity: z.number().int().nullable(),
  personActive: z.boolean(),
  joinedAt: z.date(),
});
export type MemberRow = z.infer<typeof MemberRow>;

export const MembersPage = z.object({
  rows: z.array(MemberRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type MembersPage = z.infer<typeof MembersPage>;
