import { ListPeopleInput, PeoplePage } from '@preceptor/domain/people/people-schemas';
import { listPeople } from '../services/people/list-people.ts';
import { router } from '../trpc/init.ts';
import { staffProcedure } from '../trpc/procedures.ts';

export const peopleRouter = router({
  list: staffProcedure
    .input(ListPeopleInput)
    .output(PeoplePage)
    .query(({ ctx, input }) => listPeople(ctx.prisma, ctx.actor, input)),
});
