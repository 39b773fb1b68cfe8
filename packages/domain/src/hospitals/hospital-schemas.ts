import { z } from 'zod';

/** IANA zone names as browsers and servers know them, e.g. America/Chicago. */
const TimeZone = z
  .string()
  .trim()
  .regex(/^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+)+)$/, 'Enter an IANA time zone such as America/Chicago.');

export const HospitalFields = z.object({
  name: z.string().trim().min(2, 'Enter the hospital’s name.').max(120, 'Use at most 120 characters.'),
  /** The slug and the code CSV imports name. */
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2,10}$/, 'Use 2–10 letters or digits, e.g. SMH.'),
  city: z.string().trim().min(1, 'Enter the city.').max(80, 'Use at most 80 characters.'),
  state: z.string().trim().min(2, 'Enter the state.').max(40, 'Use at most 40 characters.'),
  timeZone: TimeZone,
});
export type HospitalFields = z.infer<typeof HospitalFields>;

export const CreateHospitalInput = HospitalFields;
export type CreateHospitalInput = z.infer<typeof CreateHospitalInput>;

export const HospitalRef = z.object({ hospitalId: z.string().min(1) });
export type HospitalRef = z.infer<typeof HospitalRef>;

export const UpdateHospitalInput = HospitalFields.extend(HospitalRef.shape);
export type UpdateHospitalInput = z.infer<typeof UpdateHospitalInput>;

export const SetHospitalActiveInput = HospitalRef.extend({ active: z.boolean() });
export type SetHospitalActiveInput = z.infer<typeof SetHospitalActiveInput>;

export const HospitalRow = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  city: z.string(),
  state: z.string(),
  timeZone: z.string(),
  active: z.boolean(),
  peopleCount: z.number().int(),
  coordinators: z.array(z.object({ userId: z.string(), name: z.string() })),
});
export type HospitalRow = z.infer<typeof HospitalRow>;

export const StaffRoleKind = z.enum(['COORDINATOR', 'NETWORK_ADMIN']);

export const GrantStaffRoleInput = z
  .object({
    userId: z.string().min(1, 'Choose a person.'),
    kind: StaffRoleKind,
    /** The hospitals a coordinator coordinates; ignored for a network admin. */
    hospitalIds: z.array(z.string().min(1)).max(50).default([]),
  })
  .refine((input) => input.kind === 'NETWORK_ADMIN' || input.hospitalIds.length > 0, {
    path: ['hospitalIds'],
    message: 'Choose at least one hospital to coordinate.',
  });
export type GrantStaffRoleInput = z.infer<typeof GrantStaffRoleInput>;

export const RevokeStaffRoleInput = z.object({ roleId: z.string().min(1) });

export const StaffRoleRow = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  kind: StaffRoleKind,
  hospitalId: z.string().nullable(),
  hospitalName: z.string().nullable(),
  createdAt: z.date(),
});
export type StaffRoleRow = z.infer<typeof StaffRoleRow>;
