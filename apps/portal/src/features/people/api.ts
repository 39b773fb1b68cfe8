import { exportHref } from '@preceptor/domain/exports/export-links';
import type { ExportFormat } from '@preceptor/domain/exports/export-table';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';
import type { PeopleSearch } from './people-search.ts';

const PEOPLE_PAGE_SIZE = 25;

/** The people list as a file, with the filters and order on screen. */
export const peopleExportHref = (search: PeopleSearch, format: ExportFormat) =>
  exportHref('people', format, {
    search: search.q,
    hospitalId: search.hospitalId,
    profession: search.profession,
    specialty: search.specialty,
    cohortRole: search.cohortRole,
    status: search.status,
    access: search.access,
    sort: search.sort,
    descending: search.desc,
  });

/** One page of the people list, as the URL describes it. */
export const peopleListQuery = (trpc: TrpcOptions, search: PeopleSearch) =>
  trpc.people.list.queryOptions({
    search: search.q,
    hospitalId: search.hospitalId,
    profession: search.profession,
    specialty: search.specialty,
    cohortRole: search.cohortRole,
    access: search.access,
    status: search.status ?? 'ACTIVE',
    sort: search.sort ?? 'name',
    descending: search.desc ?? false,
    page: search.page ?? 1,
    pageSize: PEOPLE_PAGE_SIZE,
  });
export const personQuery = (trpc: TrpcOptions, personId: string) =>
  trpc.people.get.queryOptions({ personId });
export const myProfileQuery = (trpc: TrpcOptions) => trpc.people.myProfile.queryOptions();

function useRefreshPeople() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
}

export function useCreatePerson() {
  const trpc = useTRPC();
  return useMutation(trpc.people.create.mutationOptions({ onSuccess: useRefreshPeople() }));
}

export function useUpdatePerson() {
  const trpc = useTRPC();
  return useMutation(trpc.people.update.mutationOptions({ onSuccess: useRefreshPeople() }));
}

export function useSetPersonActive() {
  const trpc = useTRPC();
  return useMutation(trpc.people.setActive.mutationOptions({ onSuccess: useRefreshPeople() }));
}

export function useIssueSetupLink() {
  const trpc = useTRPC();
  return useMutation(trpc.people.issueSetupLink.mutationOptions());
}

/** An import adds people and may add them to a cohort: both lists are refreshed. */
export function useImportPeople() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refreshPeople = useRefreshPeople();
  return useMutation(
    trpc.people.import.mutationOptions({
      onSuccess: async () => {
        await refreshPeople();
        await queryClient.invalidateQueries({ queryKey: trpc.cohorts.pathKey() });
      },
    }),
  );
}

/** The saved profile is the answer: it replaces the cached one without asking again. */
export function useUpdateMyProfile() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.people.updateMyProfile.mutationOptions({
      onSuccess: (saved) => queryClient.setQueryData(trpc.people.myProfile.queryKey(), saved),
    }),
  );
}

/** Invitations change who shows as invited on the people list and on a person's page. */
export function useInvitePeople() {
  const trpc = useTRPC();
  return useMutation(trpc.invitations.invitePeople.mutationOptions({ onSuccess: useRefreshPeople() }));
}

export function useInviteMatching() {
  const trpc = useTRPC();
  return useMutation(trpc.invitations.inviteMatching.mutationOptions({ onSuccess: useRefreshPeople() }));
}

export function useInviteCohort() {
  const trpc = useTRPC();
  return useMutation(trpc.invitations.inviteCohort.mutationOptions({ onSuccess: useRefreshPeople() }));
}

export function useResendInvitation() {
  const trpc = useTRPC();
  return useMutation(trpc.invitations.resend.mutationOptions({ onSuccess: useRefreshPeople() }));
}

export function useRevokeInvitation() {
  const trpc = useTRPC();
  return useMutation(trpc.invitations.revoke.mutationOptions({ onSuccess: useRefreshPeople() }));
}
