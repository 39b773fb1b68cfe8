import { ListPeopleInput, PeoplePage } from '@preceptor/domain/people/people-schemas';
import {
  CreatedPerson,
  CreatePersonInput,
  ImportPeopleInput,
  ImportPeopleResult,
  MyProfile,
  PersonDetail,
  PersonRef,
  SetPersonActiveInput,
  SetupLink,
  UpdateMyProfileInput,
  UpdatePersonInput,
} from '@preceptor/domain/people/person-schemas';
import { z } from 'zod';
import { importPeopleCsv } from '../services/people/import-people.ts';
import { listPeople } from '../services/people/list-people.ts';
import {
  createPerson,
  getPerson,
  issueSetupLink,
  setPersonActive,
  updatePerson,
} from '../services/people/manage-people.ts';
import { myProfile, updateMyProfile } from '../services/people/my-profile.ts';
import { router } from '../trpc/init.ts';
import { authedProcedure, staffProcedure } from '../trpc/procedures.ts';

const Ok = z.object({ ok: z.literal(true) });
const ok = { ok: true as const };

export const peopleRouter = router({
  list: staffProcedure
    .input(ListPeopleInput)
    .output(PeoplePage)
    .query(({ ctx, input }) => listPeople(ctx, input)),

  get: staffProcedure
    .input(PersonRef)
    .output(PersonDetail)
    .query(({ ctx, input }) => getPerson(ctx, input)),

  create: staffProcedure
    .input(CreatePersonInput)
    .output(CreatedPerson)
    .mutation(({ ctx, input }) => createPerson(ctx, input)),

  update: staffProcedure
    .input(UpdatePersonInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await updatePerson(ctx, input);
      return ok;
    }),

  /** Deactivate (sign-in refused, sessions ended, history kept) or reactivate. */
  setActive: staffProcedure
    .input(SetPersonActiveInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await setPersonActive(ctx, input);
      return ok;
    }),

  issueSetupLink: staffProcedure
    .input(PersonRef)
    .output(SetupLink)
    .mutation(({ ctx, input }) => issueSetupLink(ctx, input)),

  import: staffProcedure
    .input(ImportPeopleInput)
    .output(ImportPeopleResult)
    .mutation(({ ctx, input }) => importPeopleCsv(ctx, input)),

  myProfile: authedProcedure.output(MyProfile).query(({ ctx }) => myProfile(ctx)),

  updateMyProfile: authedProcedure
    .input(UpdateMyProfileInput)
    .output(MyProfile)
    .mutation(({ ctx, input }) => updateMyProfile(ctx, input)),
});
