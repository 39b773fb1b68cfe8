import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

/** A mentee's own goals. */
export const myGoalsQuery = (trpc: TrpcOptions) => trpc.goals.mine.queryOptions();
/** The mentors a mentee may share a goal with. */
export const goalMentorsQuery = (trpc: TrpcOptions) => trpc.goals.mentorOptions.queryOptions();
/** The goals a mentee shared with this match, for its mentor. */
export const sharedGoalsQuery = (trpc: TrpcOptions, matchId: string) =>
  trpc.goals.ofMatch.queryOptions({ matchId });

function useRefreshMyGoals() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.goals.mine.queryKey() });
}

export function useCreateGoal() {
  const trpc = useTRPC();
  return useMutation(trpc.goals.create.mutationOptions({ onSuccess: useRefreshMyGoals() }));
}

export function useUpdateGoal() {
  const trpc = useTRPC();
  return useMutation(trpc.goals.update.mutationOptions({ onSuccess: useRefreshMyGoals() }));
}

/** A refused move may mean the goal changed elsewhere: the list is refreshed either way. */
export function useChangeGoalStatus() {
  const trpc = useTRPC();
  return useMutation(trpc.goals.changeStatus.mutationOptions({ onSettled: useRefreshMyGoals() }));
}

export function useDeleteGoal() {
  const trpc = useTRPC();
  return useMutation(trpc.goals.delete.mutationOptions({ onSuccess: useRefreshMyGoals() }));
}
