import {
  ConfirmFindingInput,
  ConfirmFindingResult,
  CreatedReflection,
  CreateReflectionInput,
  ReflectionRef,
  ReflectionVersionEntry,
  ReflectionView,
  RestoreVersionInput,
  SaveReflectionInput,
  SaveResult,
  ShareResult,
  StatusResult,
} from '@preceptor/domain/reflections/reflection-io-schemas';
import {
  ReflectionStatusReport,
  ReflectionStatusReportInput,
} from '@preceptor/domain/reflections/reflection-report-schemas';
import { JournalEntrySummary, ReviewQueueEntry } from '@preceptor/domain/reflections/reflection-schemas';
import { ReviewHistoryEntry } from '@preceptor/domain/reflections/review-history-schemas';
import {
  GrowthInput,
  GrowthPoint,
  RespondToReviewInput,
  ReviewInput,
  ReviewResponse,
  ReviewView,
} from '@preceptor/domain/reflections/review-schemas';
import { z } from 'zod';
import { listMyJournal, listReviewQueue } from '../services/reflections/journal-lists.ts';
import {
  createReflection,
  restoreReflectionVersion,
  saveReflection,
} from '../services/reflections/reflection-drafts.ts';
import { reflectionGrowth } from '../services/reflections/reflection-growth.ts';
import { getReflection, listReflectionVersions } from '../services/reflections/reflection-reading.ts';
import { reviewReflection } from '../services/reflections/reflection-reviews.ts';
import {
  confirmFinding,
  shareReflection,
  unshareReflection,
} from '../services/reflections/reflection-sharing.ts';
import { reflectionStatusReport } from '../services/reflections/reflection-status-report.ts';
import { listFeedback } from '../services/reflections/review-feedback.ts';
import { listReviewHistory } from '../services/reflections/review-history.ts';
import { respondToReview } from '../services/reflections/review-response.ts';
import { router } from '../trpc/init.ts';
import { authedProcedure, mentorProcedure, staffProcedure } from '../trpc/procedures.ts';

/*
 * A reflection's words reach only its author and the mentors it is shared with: services refuse
 * everyone else with NOT_FOUND, and each output schema names exactly what may leave.
 */
export const reflectionsRouter = router({
  /** The author's own journal: anyone signed in may keep one; it is never anybody else's. */
  myJournal: authedProcedure.output(z.array(JournalEntrySummary)).query(({ ctx }) => listMyJournal(ctx)),

  reviewQueue: mentorProcedure.output(z.array(ReviewQueueEntry)).query(({ ctx }) => listReviewQueue(ctx)),

  /** The reviews this mentor gave: who, when, what level — no reflection text. */
  reviewHistory: mentorProcedure
    .output(z.array(ReviewHistoryEntry))
    .query(({ ctx }) => listReviewHistory(ctx)),

  // ── the writer ──
  create: authedProcedure
    .input(CreateReflectionInput)
    .output(CreatedReflection)
    .mutation(({ ctx, input }) => createReflection(ctx, input)),
  save: authedProcedure
    .input(SaveReflectionInput)
    .output(SaveResult)
    .mutation(({ ctx, input }) => saveReflection(ctx, input)),
  versions: authedProcedure
    .input(ReflectionRef)
    .output(z.array(ReflectionVersionEntry))
    .query(({ ctx, input }) => listReflectionVersions(ctx, input)),
  restoreVersion: authedProcedure
    .input(RestoreVersionInput)
    .output(SaveResult)
    .mutation(({ ctx, input }) => restoreReflectionVersion(ctx, input)),
  confirmFinding: authedProcedure
    .input(ConfirmFindingInput)
    .output(ConfirmFindingResult)
    .mutation(({ ctx, input }) => confirmFinding(ctx, input)),
  share: authedProcedure
    .input(ReflectionRef)
    .output(ShareResult)
    .mutation(({ ctx, input }) => shareReflection(ctx, input)),
  unshare: authedProcedure
    .input(ReflectionRef)
    .output(StatusResult)
    .mutation(({ ctx, input }) => unshareReflection(ctx, input)),

  // ── the writer or a mentor it is shared with (a mentor's read is audited) ──
  get: authedProcedure
    .input(ReflectionRef)
    .output(ReflectionView)
    .query(({ ctx, input }) => getReflection(ctx, input)),
  feedback: authedProcedure
    .input(ReflectionRef)
    .output(z.array(ReviewView))
    .query(({ ctx, input }) => listFeedback(ctx, input)),
  growth: authedProcedure
    .input(GrowthInput)
    .output(z.array(GrowthPoint))
    .query(({ ctx, input }) => reflectionGrowth(ctx, input)),
  /** The writer answers a review of their own reflection and records the agreed next step. */
  respondToReview: authedProcedure
    .input(RespondToReviewInput)
    .output(ReviewResponse)
    .mutation(({ ctx, input }) => respondToReview(ctx, input)),

  // ── the mentor ──
  review: mentorProcedure
    .input(ReviewInput)
    .output(z.object({ reviewId: z.string(), status: StatusResult.shape.status }))
    .mutation(({ ctx, input }) => reviewReflection(ctx, input)),

  // ── staff: existence, status and dates only ──
  reflectionStatusReport: staffProcedure
    .input(ReflectionStatusReportInput)
    .output(ReflectionStatusReport)
    .query(({ ctx, input }) => reflectionStatusReport(ctx, input)),
});
