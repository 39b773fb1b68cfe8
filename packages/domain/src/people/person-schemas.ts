import { z } from 'zod';
import { NewPassword } from '../auth/auth-schemas.ts';
import { AccessStatus } from './access-status.ts';
import { Profession } from './people-schemas.ts';

export const CareerStage = z.enum(['STUDENT', 'EARLY_CAREER', 'MID_CAREER', 'SENIOR', 'LEADER']);
export type CareerStage = z.infer<typeof CareerStage>;

export const CAREER_STAGE_LABELS: Record<CareerStage, string> = {
  STUDENT: 'Student',
  EARLY_CAREER: 'Early career',
  MID_CAREER: 'Mid career',
  SENIOR: 'Senior',
  LEADER: 'Leader',
};

/** A stage from years alone, for imports that give no stage: the person can refine it. */
export function careerStageForYears(years: number): CareerStage {
  if (years < 1) return 'STUDENT';
  if (years < 5) return 'EARLY_CAREER';
  if (years < 10) return 'MID_CAREER';
  return 'SENIOR';
}

const Name = (label: string) =>
  z.string().trim().min(1, `Enter the ${label}.`).max(100, 'Use at most 100 characters.');
const Email = z.string().trim().toLowerCase().email('Enter a valid email address.').max(254);
const Tags = z
  .array(z.string().trim().min(1).max(60, 'Keep each tag under 60 characters.'))
  .max(20, 'At most 20 tags.');

export const ProfileFields = z.object({
  profession: Profession,
  specialty: z.string().trim().max(100, 'Use at most 100 characters.').nullable(),
  careerStage: CareerStage,
  yearsExperience: z
    .number({ message: 'Enter years of experience.' })
    .int('Use whole years.')
    .min(0, 'Years cannot be negative.')
    .max(60, 'At most 60 years.'),
  expertiseTags: Tags,
  goalTags: Tags,
  languages: z.array(z.string().trim().min(1).max(40)).max(10, 'At most 10 languages.'),
  remoteOk: z.boolean(),
  monthlyAvailabilityHours: z
    .number({ message: 'Enter hours a month.' })
    .int('Use whole hours.')
    .min(0, 'Hours cannot be negative.')
    .max(80, 'At most 80 hours a month.'),
  bio: z.string().trim().max(1000, 'Use at most 1000 characters.').nullable(),
});
export type ProfileFields = z.infer<typeof ProfileFields>;

export const PersonFields = z.object({
  email: Email,
  firstName: Name('first name'),
  lastName: Name('last name'),
  hospitalId: z.string().min(1, 'Choose the person’s hospital.'),
});

export const CreatePersonInput = PersonFields.extend({ profile: ProfileFields.nullable() });
export type CreatePersonInput = z.infer<typeof CreatePersonInput>;

export const PersonRef = z.object({ personId: z.string().min(1) });
export type PersonRef = z.infer<typeof PersonRef>;

export const UpdatePersonInput = PersonFields.extend({
  ...PersonRef.shape,
  profile: ProfileFields.nullable(),
});
export type UpdatePersonInput = z.infer<typeof UpdatePersonInput>;

export const SetPersonActiveInput = PersonRef.extend({ active: z.boolean() });
export type SetPersonActiveInput = z.infer<typeof SetPersonActiveInput>;

/** A one-time set-password link, never stored in the clear. */
export const SetupLink = z.object({
  /**
   * Path and query on the portal, e.g. `/set-password?token=…`, shown to staff once to hand to a
   * newcomer; null when it went to the person by email, as it always does for a password reset.
   */
  path: z.string().nullable(),
  expiresAt: z.date(),
  /** True when it was emailed to the person (SMTP configured). */
  emailed: z.boolean(),
});
export type SetupLink = z.infer<typeof SetupLink>;

export const CreatedPerson = z.object({ id: z.string(), setupLink: SetupLink });

export const PersonDetail = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  hospitalId: z.string().nullable(),
  hospitalName: z.string().nullable(),
  active: z.boolean(),
  deactivatedAt: z.date().nullable(),
  hasPassword: z.boolean(),
  access: AccessStatus,
  /** When the open invitation's link stops working; null when none is open. */
  invitationExpiresAt: z.date().nullable(),
  /** Whether the viewer may change this account (a coordinator never changes staff accounts). */
  mayChange: z.boolean(),
  createdAt: z.date(),
  profile: ProfileFields.nullable(),
  memberships: z.array(
    z.object({
      cohortId: z.string(),
      cohortName: z.string(),
      role: z.enum(['MENTOR', 'MENTEE']),
      capacity: z.number().int().nullable(),
      active: z.boolean(),
    }),
  ),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const MyProfile = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  hospitalName: z.string().nullable(),
  profile: ProfileFields.nullable(),
});
export type MyProfile = z.infer<typeof MyProfile>;

export const UpdateMyProfileInput = ProfileFields;
export type UpdateMyProfileInput = z.infer<typeof UpdateMyProfileInput>;

export const SetPasswordInput = z.object({
  token: z.string().min(1, 'This link is incomplete.').max(200),
  password: NewPassword,
});
export type SetPasswordInput = z.infer<typeof SetPasswordInput>;

/** A CSV as text; about 2 MB, which holds well over 10,000 rows of people. */
export const ImportPeopleInput = z.object({
  csv: z.string().min(1, 'Choose a CSV file.').max(1_900_000, 'The file is too large; split it.'),
  /** Adds everyone with a role to this cohort as well. */
  cohortId: z.string().min(1).optional(),
  /** Moves existing people to the hospital their row names; without it, such rows are refused. */
  movePeople: z.boolean().optional(),
  /** Emails an invitation to everyone in the file who was never invited and has no password. */
  invite: z.boolean().optional(),
});
export type ImportPeopleInput = z.infer<typeof ImportPeopleInput>;

export const ImportPeopleResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  membershipsAdded: z.number().int(),
  membershipsUpdated: z.number().int(),
  /** How many people the import invited, when it was asked to. */
  invited: z.number().int().optional(),
});
export type ImportPeopleResult = z.infer<typeof ImportPeopleResult>;
