import { createFileRoute, redirect } from '@tanstack/react-router';
import { ModuleEditorPage } from '../../../features/module-authoring/module-editor-page.tsx';

export const Route = createFileRoute('/_app/_staff/admin/modules_/$versionId')({
  beforeLoad: ({ context }) => {
    if (!context.user.isNetworkAdmin) throw redirect({ to: '/' });
  },
  component: ModuleEditorPage,
});
