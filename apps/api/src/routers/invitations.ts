import {
  InvitationOutcome,
  InvitationTarget,
  InviteCohortInput,
  InviteMatchingInput,
  InvitePeopleInput,
} from '@preceptor/domain/people/invitation-schemas';
import { z } from 'zod';
import {
  inviteCohort,
  inviteMatching,
  invitePeople,
  resendInvitation,
  revokeInvitation,
} from '../services/invitations/invite-people.ts';
import { router } from '../trpc/init.ts';
import { staffProcedure } from '../trpc/procedures.ts';

export const invitationsRouter = router({
  invitePeople: staffProcedure
    .input(InvitePeopleInput)
    .output(InvitationOutcome)
    .mutation(({ ctx, input }) => invitePeople(ctx, input)),
  inviteMatching: staffProcedure
    .input(InviteMatchingInput)
    .output(InvitationOutcome)
    .mutation(({ ctx, input }) => inviteMatching(ctx, input)),
  inviteCohort: staffProcedure
    .input(InviteCohortInput)
    .output(InvitationOutcome)
    .mutation(({ ctx, input }) => inviteCohort(ctx, input)),
  resend: staffProcedure
    .input(InvitationTarget)
    .output(InvitationOutcome)
    .mutation(({ ctx, input }) => resendInvitation(ctx, input)),
  revoke: staffProcedure
    .input(InvitationTarget)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await revokeInvitation(ctx, input);
      return { ok: true as const };
    }),
});
