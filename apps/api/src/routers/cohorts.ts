import { CohortSummary } from '@preceptor/domain/cohorts/cohort-schemas';
import { z } from 'zod';
import { listCohorts } from '../services/cohorts/list-cohorts.ts';
import { router } from '../trpc/init.ts';
import { staffProcedure } from '../trpc/procedures.ts';

export const cohortsRouter = router({
  list: staffProcedure.output(z.array(CohortSummary)).query(({ ctx }) => listCohorts(ctx.prisma, ctx.actor)),
});
