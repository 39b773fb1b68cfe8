import { z } from 'zod';

export const SignInInput = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address.').max(254),
  password: z.string().min(1, 'Enter your password.').max(200),
});
export type SignInInput = z.infer<typeof SignInInput>;

/** OWASP ASVS: at least 12 characters, no composition rules, a generous maximum. */
export const NewPassword = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(128, 'Use at most 128 characters.');

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(200),
  newPassword: NewPassword,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const StaffRoleSummary = z.object({
  kind: z.enum(['COORDINATOR', 'NETWORK_ADMIN']),
  hospitalId: z.string().nullable(),
  hospitalName: z.string().nullable(),
});

export const CurrentUser = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  hospitalName: z.string().nullable(),
  isNetworkAdmin: z.boolean(),
  coordinatedHospitalIds: z.array(z.string()),
  staffRoles: z.array(StaffRoleSummary),
  /** True when the person mentors in at least one active membership. */
  isMentor: z.boolean(),
  /** True when the person is a mentee in at least one active membership. */
  isMentee: z.boolean(),
});
export type CurrentUser = z.infer<typeof CurrentUser>;
