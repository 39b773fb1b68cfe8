import { ChangePasswordInput, CurrentUser, SignInInput } from '@preceptor/domain/auth/auth-schemas';
import { SetPasswordInput } from '@preceptor/domain/people/person-schemas';
import { z } from 'zod';
import { invalidateSession } from '../auth/sessions.ts';
import { changePassword, signIn } from '../services/auth-service.ts';
import { setPasswordWithToken } from '../services/people/setup-links.ts';
import { router } from '../trpc/init.ts';
import { authedProcedure, publicProcedure } from '../trpc/procedures.ts';

const Ok = z.object({ ok: z.literal(true) });

function toCurrentUser(
  user: NonNullable<import('../trpc/context.ts').Context['user']>,
  actor: {
    isNetworkAdmin: boolean;
    coordinatedHospitalIds: readonly string[];
  },
): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    hospitalName: user.hospitalName,
    isNetworkAdmin: actor.isNetworkAdmin,
    coordinatedHospitalIds: [...actor.coordinatedHospitalIds],
    staffRoles: user.staffRoles,
    isMentor: user.isMentor,
    isMentee: user.isMentee,
  };
}

export const authRouter = router({
  /** Who is signed in; null when nobody is (the portal then shows the sign-in page). */
  me: publicProcedure.output(CurrentUser.nullable()).query(({ ctx }) => {
    return ctx.user && ctx.actor ? toCurrentUser(ctx.user, ctx.actor) : null;
  }),

  signIn: publicProcedure
    .input(SignInInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      const { token, session } = await signIn(ctx, input);
      ctx.setSessionCookie(token, session.expiresAt);
      return { ok: true as const };
    }),

  signOut: authedProcedure.output(Ok).mutation(async ({ ctx }) => {
    await invalidateSession(ctx.db, ctx.session.id);
    ctx.clearSessionCookie();
    return { ok: true as const };
  }),

  changePassword: authedProcedure
    .input(ChangePasswordInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      const { token, session } = await changePassword(ctx, input);
      ctx.setSessionCookie(token, session.expiresAt);
      return { ok: true as const };
    }),

  /** Spends a one-time set-password link; the person then signs in with the new password. */
  setPassword: publicProcedure
    .input(SetPasswordInput)
    .output(Ok)
    .mutation(async ({ ctx, input }) => {
      await setPasswordWithToken(ctx, input);
      return { ok: true as const };
    }),
});
