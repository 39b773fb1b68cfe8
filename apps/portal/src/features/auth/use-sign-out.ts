import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { saveThenClearDrafts } from '../reflections/index.ts';

/** The writer chose to stay signed in rather than lose text that could not be saved. */
class SignOutCalledOff extends Error {}

const UNSAVED_WARNING =
  'Your latest changes to a reflection could not be saved. Signing out removes them from this computer. Sign out anyway?';

export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const signOut = trpc.auth.signOut.mutationOptions();

  return useMutation({
    ...signOut,
    // Unsaved reflection text is saved first, then every backup of it is cleared from this
    // browser: the next person on a shared workstation must not find it.
    mutationFn: async (input, context) => {
      if (!(await saveThenClearDrafts(() => window.confirm(UNSAVED_WARNING)))) throw new SignOutCalledOff();
      if (!signOut.mutationFn) throw new Error('Sign-out is not available.');
      return signOut.mutationFn(input, context);
    },
    onSuccess: async () => {
      // Mark "nobody signed in" first so /sign-in does not bounce back home, then drop
      // everything cached for this person: the next one on this computer must not see it.
      queryClient.setQueryData(trpc.auth.me.queryKey(), null);
      await router.navigate({ to: '/sign-in' });
      queryClient.removeQueries();
      queryClient.setQueryData(trpc.auth.me.queryKey(), null);
    },
    onError: (error) => {
      if (error instanceof SignOutCalledOff) return;
      notifications.show({ color: 'red', title: 'Sign-out failed', message: errorMessage(error) });
    },
  });
}
