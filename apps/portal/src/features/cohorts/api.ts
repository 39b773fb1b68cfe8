import { cohortSummaryHref, exportHref } from '@preceptor/domain/exports/export-links';
import type { ExportFormat } from '@preceptor/domain/exports/export-table';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

/** The cohorts at the hospitals the person administers. */
export const cohortsQuery = (trpc: TrpcOptions) => trpc.cohorts.list.queryOptions();
export const cohortQuery = (trpc: TrpcOptions, cohortId: string) =>
  trpc.cohorts.get.queryOptions({ cohortId });

/** The cohort's members as a file, with the role and search on screen. */
export const membersExportHref = (
  cohortId: string,
  filters: { role?: 'MENTOR' | 'MENTEE'; search?: string },
  format: ExportFormat,
) => exportHref('cohort-members', format, { cohortId, ...filters });

/** The one-page PDF summary of a cohort for leadership (counts only). */
export const cohortSummaryPdfHref = (cohortId: string) => cohortSummaryHref(cohortId);

/** A cohort's counts, members and status show on several pages: any change refreshes them all. */
function useRefreshCohorts() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.cohorts.pathKey() });
}

export function useCreateCohort() {
  const trpc = useTRPC();
  return useMutation(trpc.cohorts.create.mutationOptions({ onSuccess: useRefreshCohorts() }));
}

export function useUpdateCohort() {
  const trpc = useTRPC();
  return useMutation(trpc.cohorts.update.mutationOptions({ onSuccess: useRefreshCohorts() }));
}

export function useSetCohortStatus() {
  const trpc = useTRPC();
  return useMutation(trpc.cohorts.setStatus.mutationOptions({ onSuccess: useRefreshCohorts() }));
}

export function useAddCohortMembers() {
  const trpc = useTRPC();
  return useMutation(trpc.cohorts.addMembers.mutationOptions({ onSuccess: useRefreshCohorts() }));
}

export function useRemoveCohortMember() {
  const trpc = useTRPC();
  return useMutation(trpc.cohorts.removeMember.mutationOptions({ onSuccess: useRefreshCohorts() }));
}
