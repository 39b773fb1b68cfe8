import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

/**
 * Starts a draft. Answering a module's prompt completes that step, so the module pages are
 * refreshed too.
 */
export function useCreateReflection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.reflections.create.mutationOptions({
      onSuccess: async (_created, input) => {
        if (input.moduleId) await queryClient.invalidateQueries({ queryKey: trpc.modules.pathKey() });
      },
    }),
  );
}

/** Sharing changes the reflection's status here and in the journal list. */
function useRefreshSharing() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return ({ reflectionId }: { reflectionId: string }) => {
    void queryClient.invalidateQueries({ queryKey: trpc.reflections.get.queryKey({ reflectionId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.reflections.myJournal.queryKey() });
  };
}

export function useShareReflection() {
  const trpc = useTRPC();
  const refresh = useRefreshSharing();
  return useMutation(
    trpc.reflections.share.mutationOptions({ onSuccess: (_result, input) => refresh(input) }),
  );
}

export function useUnshareReflection() {
  const trpc = useTRPC();
  const refresh = useRefreshSharing();
  return useMutation(
    trpc.reflections.unshare.mutationOptions({ onSuccess: (_result, input) => refresh(input) }),
  );
}

export function useReviewReflection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.reflections.review.mutationOptions({
      onSuccess: (_result, { reflectionId }) => {
        void queryClient.invalidateQueries({ queryKey: trpc.reflections.reviewQueue.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.reflections.reviewHistory.queryKey() });
        // Marked stale, not refetched: the review page is left at once, and a refetch there would
        // audit a read nobody sees. The next visit reads the new status and feedback.
        for (const queryKey of [
          trpc.reflections.get.queryKey({ reflectionId }),
          trpc.reflections.feedback.queryKey({ reflectionId }),
        ]) {
          void queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
        }
      },
    }),
  );
}

/** Confirming a finding changes nothing another view shows. */
export function useConfirmFinding() {
  const trpc = useTRPC();
  return useMutation(trpc.reflections.confirmFinding.mutationOptions());
}

/** A restored version is a new version: the journal list shows the new edit time. */
export function useRestoreVersion() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.reflections.restoreVersion.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.reflections.myJournal.queryKey() });
      },
    }),
  );
}

/** The signed-in user's own reflections (no audit: they are the author). */
export const myJournalQuery = (trpc: TrpcOptions) => trpc.reflections.myJournal.queryOptions();
/** Reflections shared with the signed-in mentor and waiting for feedback (no reflection text). */
export const reviewQueueQuery = (trpc: TrpcOptions) => trpc.reflections.reviewQueue.queryOptions();
/** REFLECT levels over time: the signed-in writer's own, or a mentee's for their mentor. */
export const growthQuery = (trpc: TrpcOptions, menteeId?: string) =>
  trpc.reflections.growth.queryOptions(menteeId ? { menteeId } : {});
/** The reviews the signed-in mentor gave, newest first (no reflection text). */
export const reviewHistoryQuery = (trpc: TrpcOptions) => trpc.reflections.reviewHistory.queryOptions();

/** The writer's answer to a review shows under that review, on this reflection's page. */
export function useRespondToReview(reflectionId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.reflections.respondToReview.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({
          queryKey: trpc.reflections.feedback.queryKey({ reflectionId }),
        });
      },
    }),
  );
}
