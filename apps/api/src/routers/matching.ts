import { MyMatch } from '@preceptor/domain/matching/match-schemas';
import { z } from 'zod';
import { listMyMatches } from '../services/matching/my-matches.ts';
import { router } from '../trpc/init.ts';
import { authedProcedure } from '../trpc/procedures.ts';

export const matchingRouter = router({
  /** My active matches, as mentor or mentee ("my mentor", "my mentees"). Empty for staff-only people. */
  myMatches: authedProcedure
    .output(z.array(MyMatch))
    .query(({ ctx }) => listMyMatches(ctx.prisma, ctx.user.id)),
});
