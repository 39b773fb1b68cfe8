import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

/** One pair's meeting log. */
export const matchMeetingsQuery = (trpc: TrpcOptions, matchId: string) =>
  trpc.meetings.forMatch.queryOptions({ matchId });

function useRefreshMeetings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.meetings.forMatch.pathKey() });
}

export function useLogMeeting() {
  const trpc = useTRPC();
  return useMutation(trpc.meetings.log.mutationOptions({ onSuccess: useRefreshMeetings() }));
}

export function useEditMeeting() {
  const trpc = useTRPC();
  return useMutation(trpc.meetings.edit.mutationOptions({ onSuccess: useRefreshMeetings() }));
}

export function useDeleteMeeting() {
  const trpc = useTRPC();
  return useMutation(trpc.meetings.delete.mutationOptions({ onSuccess: useRefreshMeetings() }));
}
