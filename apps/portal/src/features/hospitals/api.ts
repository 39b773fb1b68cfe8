import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

/** Partner hospitals the person may see (every staff form that picks a hospital reads this). */
export const hospitalsQuery = (trpc: TrpcOptions) => trpc.hospitals.list.queryOptions();
export const staffRolesQuery = (trpc: TrpcOptions) => trpc.hospitals.staffRoles.queryOptions();
/** The network's totals and matches per hospital. */
export const networkOverviewQuery = (trpc: TrpcOptions) => trpc.reports.overview.queryOptions();

/** Hospitals and staff roles show together: any change refreshes both. */
function useRefreshHospitals() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.hospitals.pathKey() });
}

export function useCreateHospital() {
  const trpc = useTRPC();
  return useMutation(trpc.hospitals.create.mutationOptions({ onSuccess: useRefreshHospitals() }));
}

export function useUpdateHospital() {
  const trpc = useTRPC();
  return useMutation(trpc.hospitals.update.mutationOptions({ onSuccess: useRefreshHospitals() }));
}

export function useSetHospitalActive() {
  const trpc = useTRPC();
  return useMutation(trpc.hospitals.setActive.mutationOptions({ onSuccess: useRefreshHospitals() }));
}

export function useGrantStaffRole() {
  const trpc = useTRPC();
  return useMutation(trpc.hospitals.grantStaffRole.mutationOptions({ onSuccess: useRefreshHospitals() }));
}

export function useRevokeStaffRole() {
  const trpc = useTRPC();
  return useMutation(trpc.hospitals.revokeStaffRole.mutationOptions({ onSuccess: useRefreshHospitals() }));
}
