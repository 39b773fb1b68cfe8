import { JournalEntrySummary, ReviewQueueEntry } from '@preceptor/domain/reflections/reflection-schemas';
import { z } from 'zod';
import { listMyJournal, listReviewQueue } from '../services/reflections/journal-lists.ts';
import { router } from '../trpc/init.ts';
import { authedProcedure, mentorProcedure } from '../trpc/procedures.ts';

export const reflectionsRouter = router({
  /** The author's own journal: anyone signed in may keep one; it is never anybody else's. */
  myJournal: authedProcedure
    .output(z.array(JournalEntrySummary))
    .query(({ ctx }) => listMyJournal(ctx.prisma, ctx.user.id)),

  reviewQueue: mentorProcedure
    .output(z.array(ReviewQueueEntry))
    .query(({ ctx }) => listReviewQueue(ctx.prisma, ctx.user.id)),
});
