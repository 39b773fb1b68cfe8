import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';

export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();

  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: async () => {
        // Mark "nobody signed in" first so /sign-in does not bounce back home, then drop
        // everything cached for this person: the next one on this computer must not see it.
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
        await router.navigate({ to: '/sign-in' });
        queryClient.removeQueries();
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
      },
      onError: (error) => {
        notifications.show({ color: 'red', title: 'Sign-out failed', message: errorMessage(error) });
      },
    }),
  );
}
