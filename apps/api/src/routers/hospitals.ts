import {
  CreateHospitalInput,
  GrantStaffRoleInput,
  HospitalRow,
  RevokeStaffRoleInput,
  SetHospitalActiveInput,
  StaffRoleRow,
  UpdateHospitalInput,
} from '@preceptor/domain/hospitals/hospital-schemas';
import { z } from 'zod';
import {
  createHospital,
  listHospitals,
  setHospitalActive,
  updateHospital,
} from '../services/hospitals/manage-hospitals.ts';
import { grantStaffRole, listStaffRoles, revokeStaffRole } from '../services/hospitals/staff-roles.ts';
import { router } from '../trpc/init.ts';
import { adminProcedure, staffProcedure } from '../trpc/procedures.ts';

const Ok = z.object({ ok: z.literal(true) });
const ok = { ok: true as const };

export const hospitalsRouter = router({
  list: staffProcedure.output(z.array(HospitalRow)).query(({ ctx }) => listHospitals(ctx)),

  create: adminProcedure
    .input(CreateHospitalInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => createHospital(ctx, input)),

  update: adminProcedure
    .input(UpdateHospitalInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await updateHospital(ctx, input);
      return ok;
    }),

  setActive: adminProcedure
    .input(SetHospitalActiveInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await setHospitalActive(ctx, input);
      return ok;
    }),

  staffRoles: adminProcedure.output(z.array(StaffRoleRow)).query(({ ctx }) => listStaffRoles(ctx)),

  grantStaffRole: adminProcedure
    .input(GrantStaffRoleInput)
    .output(z.object({ granted: z.number().int() }))
    .mutation(({ ctx, input }) => grantStaffRole(ctx, input)),

  revokeStaffRole: adminProcedure
    .input(RevokeStaffRoleInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await revokeStaffRole(ctx, input);
      return ok;
    }),
});
