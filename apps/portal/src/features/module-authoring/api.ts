import type { ModuleDraft } from '@preceptor/domain/modules/module-content';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TrpcOptions, useTRPC } from '../../lib/trpc.ts';

export const catalogueQuery = (trpc: TrpcOptions) => trpc.modules.catalogue.queryOptions();
export const versionContentQuery = (trpc: TrpcOptions, versionId: string) =>
  trpc.modules.versionContent.queryOptions({ versionId });

/** Drafts and published versions show in the catalogue and on mentees' pages: all refresh. */
function useRefreshModules() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.modules.pathKey() });
}

export function useCreateDraft() {
  const trpc = useTRPC();
  return useMutation(trpc.modules.createDraft.mutationOptions({ onSuccess: useRefreshModules() }));
}

export function useImportModule() {
  const trpc = useTRPC();
  return useMutation(trpc.modules.importModule.mutationOptions({ onSuccess: useRefreshModules() }));
}

/** `onSaved` runs first, so the editor knows what is saved before the version is read again. */
export function useUpdateDraft(onSaved: (content: ModuleDraft) => void) {
  const trpc = useTRPC();
  const refresh = useRefreshModules();
  return useMutation(
    trpc.modules.updateDraft.mutationOptions({
      onSuccess: (_saved, input) => {
        onSaved(input.content);
        return refresh();
      },
    }),
  );
}

export function usePublishDraft() {
  const trpc = useTRPC();
  return useMutation(trpc.modules.publishDraft.mutationOptions({ onSuccess: useRefreshModules() }));
}
