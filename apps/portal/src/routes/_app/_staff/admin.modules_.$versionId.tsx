import { createFileRoute, redirect } from '@tanstack/react-router';
import { versionContentQuery } from '../../../features/module-authoring/api.ts';
import { ModuleEditorPage } from '../../../features/module-authoring/module-editor-page.tsx';

export const Route = createFileRoute('/_app/_staff/admin/modules_/$versionId')({
  beforeLoad: ({ context }) => {
    if (!context.user.isNetworkAdmin) throw redirect({ to: '/' });
  },
  loader: ({ context: { queryClient, trpc }, params }) =>
    queryClient.ensureQueryData(versionContentQuery(trpc, params.versionId)),
  component: ModuleEditorRoute,
});

function ModuleEditorRoute() {
  const { versionId } = Route.useParams();
  return <ModuleEditorPage versionId={versionId} />;
}
