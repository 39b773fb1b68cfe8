import { createFileRoute, redirect } from '@tanstack/react-router';
import { catalogueQuery } from '../../../features/module-authoring/api.ts';
import { AuthoringPage } from '../../../features/module-authoring/authoring-page.tsx';

/** Module authoring is for network administrators; coordinators assign, they do not author. */
export const Route = createFileRoute('/_app/_staff/admin/modules')({
  beforeLoad: ({ context }) => {
    if (!context.user.isNetworkAdmin) throw redirect({ to: '/' });
  },
  loader: ({ context: { queryClient, trpc } }) => queryClient.ensureQueryData(catalogueQuery(trpc)),
  component: AuthoringPage,
});
