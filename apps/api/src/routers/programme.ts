import {
  CohortProgrammeSettings,
  UpdateProgrammeSettingsInput,
} from '@preceptor/domain/programme/programme-settings';
import { z } from 'zod';
import { getProgrammeSettings, updateProgrammeSettings } from '../services/programme/programme-settings.ts';
import { router } from '../trpc/init.ts';
import { staffProcedure } from '../trpc/procedures.ts';

const CohortRef = z.object({ cohortId: z.string().min(1) });

/** A cohort's reminders and nudges: which it sends, and when. */
export const programmeRouter = router({
  settings: staffProcedure
    .input(CohortRef)
    .output(CohortProgrammeSettings)
    .query(({ ctx, input }) => getProgrammeSettings(ctx, input)),

  updateSettings: staffProcedure
    .input(UpdateProgrammeSettingsInput)
    .output(CohortProgrammeSettings)
    .mutation(({ ctx, input }) => updateProgrammeSettings(ctx, input)),
});
