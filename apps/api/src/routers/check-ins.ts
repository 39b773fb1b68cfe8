import {
  AnswerCheckInInput,
  CheckInConcern,
  CheckInRef,
  ConcernRef,
  ListConcernsInput,
  MyCheckIn,
} from '@preceptor/domain/programme/check-in-schemas';
import { CohortCheckInSummary } from '@preceptor/domain/programme/check-in-summary';
import { z } from 'zod';
import { answerCheckIn } from '../services/check-ins/answer-check-in.ts';
import { handleConcern, listConcerns } from '../services/check-ins/check-in-concerns.ts';
import { checkInSummaryByCohort } from '../services/check-ins/check-in-summary.ts';
import { getMyCheckIn, listMyCheckIns } from '../services/check-ins/my-check-ins.ts';
import { router } from '../trpc/init.ts';
import { authedProcedure, staffProcedure } from '../trpc/procedures.ts';

/**
 * Check-ins on a match: each person answers their own; staff get concerns raised with consent
 * and figures over three or more people — never one person's answer.
 */
export const checkInsRouter = router({
  mine: authedProcedure.output(z.array(MyCheckIn)).query(({ ctx }) => listMyCheckIns(ctx)),

  get: authedProcedure
    .input(CheckInRef)
    .output(MyCheckIn)
    .query(({ ctx, input }) => getMyCheckIn(ctx, input)),

  answer: authedProcedure
    .input(AnswerCheckInInput)
    .output(z.object({ concernRaised: z.boolean() }))
    .mutation(({ ctx, input }) => answerCheckIn(ctx, input)),

  concerns: staffProcedure
    .input(ListConcernsInput)
    .output(z.array(CheckInConcern))
    .query(({ ctx, input }) => listConcerns(ctx, input)),

  handleConcern: staffProcedure
    .input(ConcernRef)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await handleConcern(ctx, input);
      return { ok: true as const };
    }),

  summary: staffProcedure
    .output(z.array(CohortCheckInSummary))
    .query(({ ctx }) => checkInSummaryByCohort(ctx)),
});
