import { AssignedModule } from '@preceptor/domain/modules/assigned-module-schemas';
import { z } from 'zod';
import { listMyModules } from '../services/modules/my-modules.ts';
import { router } from '../trpc/init.ts';
import { menteeProcedure } from '../trpc/procedures.ts';

export const modulesRouter = router({
  myModules: menteeProcedure
    .output(z.array(AssignedModule))
    .query(({ ctx }) => listMyModules(ctx.prisma, ctx.user.id)),
});
