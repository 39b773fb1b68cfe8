import type { QuizResult } from '@preceptor/domain/modules/module-view-schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

export const myModulesQuery = (trpc: TrpcOptions) => trpc.modules.myModules.queryOptions();
export const moduleQuery = (trpc: TrpcOptions, slug: string) => trpc.modules.module.queryOptions({ slug });
export const menteeProgressQuery = (trpc: TrpcOptions) => trpc.modules.menteeProgress.queryOptions();
export const curriculumQuery = (trpc: TrpcOptions, cohortId: string) =>
  trpc.modules.curriculum.queryOptions({ cohortId });

/** A step done, a quiz passed or a curriculum changed shows on every module page: all refresh. */
function useRefreshModules() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.modules.pathKey() });
}

export function useMarkSectionDone() {
  const trpc = useTRPC();
  return useMutation(trpc.modules.markSectionDone.mutationOptions({ onSuccess: useRefreshModules() }));
}

export function useStartQuizAttempt() {
  const trpc = useTRPC();
  return useMutation(trpc.modules.startQuizAttempt.mutationOptions());
}

/** `onGraded` runs first, so the result shows while the module pages refresh. */
export function useSubmitQuizAttempt(onGraded: (graded: QuizResult) => void) {
  const trpc = useTRPC();
  const refresh = useRefreshModules();
  return useMutation(
    trpc.modules.submitQuizAttempt.mutationOptions({
      onSuccess: async (graded) => {
        onGraded(graded);
        await refresh();
      },
    }),
  );
}

export function useSetCurriculum() {
  const trpc = useTRPC();
  return useMutation(trpc.modules.setCurriculum.mutationOptions({ onSuccess: useRefreshModules() }));
}
