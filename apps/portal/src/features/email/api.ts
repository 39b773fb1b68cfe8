import { notifications as toasts } from '@mantine/notifications';
import type { OutboxStatus } from '@preceptor/domain/notifications/email-schemas';
import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../lib/errors.ts';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

/** The signed-in person's choice per adjustable kind of email. */
export const emailPreferencesQuery = (trpc: TrpcOptions) => trpc.email.myPreferences.queryOptions();

/** Saves one choice; the answer is the whole new list, so the page shows what the server kept. */
export function useSetEmailPreference() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.email.setPreference.mutationOptions({
      onSuccess: (preferences) => queryClient.setQueryData(trpc.email.myPreferences.queryKey(), preferences),
      onError: (error) => {
        toasts.show({ color: 'red', title: 'Not saved', message: errorMessage(error) });
        return queryClient.invalidateQueries(trpc.email.myPreferences.queryFilter());
      },
    }),
  );
}

/** One page of the outbox, newest first; the previous page stays on screen while the next loads. */
export const outboxQuery = (trpc: TrpcOptions, status: OutboxStatus | null, page: number) => ({
  ...trpc.email.outbox.queryOptions({ status: status ?? undefined, page, pageSize: 25 }),
  placeholderData: keepPreviousData,
  // Mail leaves every minute: what the admin sees should not be older than that.
  refetchInterval: 30_000,
});

export const outboxEmailQuery = (trpc: TrpcOptions, id: string) =>
  trpc.email.outboxEmail.queryOptions({ id });
