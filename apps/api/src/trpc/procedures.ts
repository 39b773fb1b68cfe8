import { isStaff } from '@preceptor/domain/permissions/actor';
import { TRPCError } from '@trpc/server';
import { baseProcedure } from './init.ts';

/**
 * Named procedure builders carry the access rules, so a router reads like a policy.
 * Record-level rules (this mentee's mentor, this cohort's hospitals) live in services.
 */
export const publicProcedure = baseProcedure;

export const authedProcedure = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.user || !ctx.actor || !ctx.session) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  }
  return next({ ctx: { ...ctx, user: ctx.user, actor: ctx.actor, session: ctx.session } });
});

/** A mentee in at least one open cohort. */
export const menteeProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isMentee) throw new TRPCError({ code: 'FORBIDDEN', message: 'This is for mentees.' });
  return next();
});

/** A mentor in at least one open cohort. */
export const mentorProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isMentor) throw new TRPCError({ code: 'FORBIDDEN', message: 'This is for mentors.' });
  return next();
});

/** Coordinators (scoped to their hospitals by services) and network admins. */
export const staffProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!isStaff(ctx.actor)) throw new TRPCError({ code: 'FORBIDDEN', message: 'This is for program staff.' });
  return next();
});

export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.actor.isNetworkAdmin) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This is for network administrators.' });
  }
  return next();
});
