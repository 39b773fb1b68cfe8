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
  list: staffProcedure.output(z.array(HospitalRow)).query(({ ctx }) => listHospitals(ctx.db, ctx.actor)),

  create: adminProcedure
    .input(CreateHospitalInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => createHospital(ctx.db, ctx.actor, input, ctx.meta)),

  update: adminProcedure
    .input(UpdateHospitalInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await updateHospital(ctx.db, ctx.actor, input, ctx.meta);
      return ok;
    }),

  setActive: adminProcedure
    .input(SetHospitalActiveInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await setHospitalActive(ctx.db, ctx.actor, input, ctx.meta);
      return ok;
    }),

  staffRoles: adminProcedure.output(z.array(StaffRoleRow)).query(({ ctx }) => listStaffRoles(ctx.db)),

  grantStaffRole: adminProcedure
    .input(GrantStaffRoleInput)
    .output(z.object({ granted: z.number().int() }))
    .mutation(({ ctx, input }) => grantStaffRole(ctx.db, ctx.actor, input, ctx.meta)),

  revokeStaffRole: adminProcedure
    .input(RevokeStaffRoleInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await revokeStaffRole(ctx.db, ctx.actor, input.roleId, ctx.meta);
      return ok;
    }),
});
