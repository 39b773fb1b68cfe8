import {
  AddMembersInput,
  AddMembersResult,
  CohortDetail,
  CreateCohortInput,
  ListMembersInput,
  MembersPage,
  RemoveMemberInput,
  SetCohortStatusInput,
  UpdateCohortInput,
  UpdateMemberInput,
} from '@preceptor/domain/cohorts/cohort-admin-schemas';
import { CohortSummary } from '@preceptor/domain/cohorts/cohort-schemas';
import { CohortRef } from '@preceptor/domain/matching/workflow-schemas';
import { z } from 'zod';
import { addMembers, listMembers, removeMember, updateMember } from '../services/cohorts/cohort-members.ts';
import { listCohorts } from '../services/cohorts/list-cohorts.ts';
import {
  createCohort,
  getCohort,
  setCohortStatus,
  updateCohort,
} from '../services/cohorts/manage-cohorts.ts';
import { router } from '../trpc/init.ts';
import { staffProcedure } from '../trpc/procedures.ts';

const Ok = z.object({ ok: z.literal(true) });
const ok = { ok: true as const };

export const cohortsRouter = router({
  list: staffProcedure.output(z.array(CohortSummary)).query(({ ctx }) => listCohorts(ctx)),

  get: staffProcedure
    .input(CohortRef)
    .output(CohortDetail)
    .query(({ ctx, input }) => getCohort(ctx, input)),

  create: staffProcedure
    .input(CreateCohortInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => createCohort(ctx, input)),

  update: staffProcedure
    .input(UpdateCohortInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await updateCohort(ctx, input);
      return ok;
    }),

  setStatus: staffProcedure
    .input(SetCohortStatusInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await setCohortStatus(ctx, input);
      return ok;
    }),

  members: staffProcedure
    .input(ListMembersInput)
    .output(MembersPage)
    .query(({ ctx, input }) => listMembers(ctx, input)),

  addMembers: staffProcedure
    .input(AddMembersInput)
    .output(AddMembersResult)
    .mutation(({ ctx, input }) => addMembers(ctx, input)),

  updateMember: staffProcedure
    .input(UpdateMemberInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await updateMember(ctx, input);
      return ok;
    }),

  removeMember: staffProcedure
    .input(RemoveMemberInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await removeMember(ctx, input);
      return ok;
    }),
});
