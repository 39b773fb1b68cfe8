import { exportHref } from '@preceptor/domain/exports/export-links';
import type { ExportFormat } from '@preceptor/domain/exports/export-table';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

export const myMatchesQuery = (trpc: TrpcOptions) => trpc.matching.myMatches.queryOptions();
export const suggestionsQuery = (trpc: TrpcOptions) => trpc.matching.suggestions.queryOptions();
export const matchingPreviewQuery = (trpc: TrpcOptions, cohortId: string) =>
  trpc.matching.preview.queryOptions({ cohortId });
/** The cohort's active and ended matches as a file. */
export const cohortMatchesExportHref = (cohortId: string, format: ExportFormat) =>
  exportHref('cohort-matches', format, { cohortId });
export const cohortMatchesQuery = (trpc: TrpcOptions, cohortId: string) =>
  trpc.matching.cohortMatches.queryOptions({ cohortId });
export const matchingWeightsQuery = (trpc: TrpcOptions, cohortId: string) =>
  trpc.matching.weights.queryOptions({ cohortId });

/** A run, a publish or an ended match changes previews, match lists and people's own matches. */
function useRefreshMatching() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.matching.pathKey() });
}

export function useReportNotAGoodFit() {
  const trpc = useTRPC();
  return useMutation(trpc.matching.reportNotAGoodFit.mutationOptions({ onSuccess: useRefreshMatching() }));
}

export function useEndMatch() {
  const trpc = useTRPC();
  return useMutation(trpc.matching.endMatch.mutationOptions({ onSuccess: useRefreshMatching() }));
}

export function useRunMatching() {
  const trpc = useTRPC();
  return useMutation(trpc.matching.run.mutationOptions({ onSuccess: useRefreshMatching() }));
}

export function usePublishMatches() {
  const trpc = useTRPC();
  return useMutation(trpc.matching.publish.mutationOptions({ onSuccess: useRefreshMatching() }));
}

/** Pin, exclude and clear act on a pair of one cohort; only that cohort's preview reloads. */
export function usePairRules(cohortId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () =>
    queryClient.invalidateQueries({ queryKey: trpc.matching.preview.queryKey({ cohortId }) });
  return {
    pin: useMutation(trpc.matching.pin.mutationOptions({ onSuccess })),
    exclude: useMutation(trpc.matching.exclude.mutationOptions({ onSuccess })),
    clear: useMutation(trpc.matching.clearRule.mutationOptions({ onSuccess })),
  };
}

/** The saved preferences come back with the suggestions: they replace the cached ones. */
export function useSetPreferences() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.matching.setPreferences.mutationOptions({
      onSuccess: (data) => queryClient.setQueryData(trpc.matching.suggestions.queryKey(), data),
    }),
  );
}

export function useUpdateWeights(cohortId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.matching.updateWeights.mutationOptions({
      onSuccess: (data) => queryClient.setQueryData(trpc.matching.weights.queryKey({ cohortId }), data),
    }),
  );
}
