import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

/** A cohort's reminder settings. */
export const programmeSettingsQuery = (trpc: TrpcOptions, cohortId: string) =>
  trpc.programme.settings.queryOptions({ cohortId });

export function useUpdateProgrammeSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.programme.updateSettings.mutationOptions({
      onSuccess: (saved) =>
        queryClient.setQueryData(trpc.programme.settings.queryKey({ cohortId: saved.cohortId }), saved),
    }),
  );
}

/** The signed-in person's check-ins, open first. */
export const myCheckInsQuery = (trpc: TrpcOptions) => trpc.checkIns.mine.queryOptions();
export const checkInQuery = (trpc: TrpcOptions, checkInId: string) =>
  trpc.checkIns.get.queryOptions({ checkInId });

export function useAnswerCheckIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.checkIns.answer.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.checkIns.mine.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.checkIns.get.pathKey() }),
        ]),
    }),
  );
}

/** Staff: "this match isn't working" answers, and the pooled figures by cohort. */
export const concernsQuery = (trpc: TrpcOptions, includeHandled: boolean) =>
  trpc.checkIns.concerns.queryOptions({ includeHandled });
export const checkInSummaryQuery = (trpc: TrpcOptions) => trpc.checkIns.summary.queryOptions();

export function useHandleConcern() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.checkIns.handleConcern.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.checkIns.concerns.pathKey() }),
    }),
  );
}
