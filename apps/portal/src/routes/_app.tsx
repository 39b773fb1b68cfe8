import { createFileRoute, redirect } from '@tanstack/react-router';
import { clearDraftsOfEndedSession } from '../features/reflections/draft-backup-flush.ts';
import { AppLayout } from '../features/shell/app-layout.tsx';

/**
 * Every page of the signed-in portal sits under this pathless layout: it asks the API who is
 * signed in (cached), sends anyone else to /sign-in and back here afterwards, and hands the
 * person to the pages through the route context (see features/auth/current-user.ts).
 */
export const Route = createFileRoute('/_app')({
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(context.trpc.auth.me.queryOptions());
    if (!user) {
      // No session on load: reflection backups left in this browser belong to an ended one.
      clearDraftsOfEndedSession();
      throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    }
    return { user };
  },
  component: AppLayout,
});
