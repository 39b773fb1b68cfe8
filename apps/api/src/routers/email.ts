import {
  GetOutboxEmailInput,
  ListOutboxInput,
  MyEmailPreferences,
  OutboxEmailView,
  OutboxPage,
  SetEmailPreferenceInput,
} from '@preceptor/domain/notifications/email-schemas';
import { myEmailPreferences, setEmailPreference } from '../services/email/email-preferences.ts';
import { listOutbox, outboxEmail } from '../services/email/outbox-view.ts';
import { router } from '../trpc/init.ts';
import { adminProcedure, authedProcedure } from '../trpc/procedures.ts';

/** Each person's own email preferences; the outbox, which holds everyone's mail, for network admins. */
export const emailRouter = router({
  myPreferences: authedProcedure.output(MyEmailPreferences).query(({ ctx }) => myEmailPreferences(ctx)),
  setPreference: authedProcedure
    .input(SetEmailPreferenceInput)
    .output(MyEmailPreferences)
    .mutation(({ ctx, input }) => setEmailPreference(ctx, input)),
  outbox: adminProcedure
    .input(ListOutboxInput)
    .output(OutboxPage)
    .query(({ ctx, input }) => listOutbox(ctx, input)),
  outboxEmail: adminProcedure
    .input(GetOutboxEmailInput)
    .output(OutboxEmailView)
    .query(({ ctx, input }) => outboxEmail(ctx, input)),
});
