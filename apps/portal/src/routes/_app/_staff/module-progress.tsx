import { createFileRoute } from '@tanstack/react-router';
import { cohortProgressQuery } from '../../../features/modules/api.ts';
import { ModuleProgressPage } from '../../../features/modules/module-progress-page.tsx';

export const Route = createFileRoute('/_app/_staff/module-progress')({
  loader: ({ context: { queryClient, trpc } }) => queryClient.ensureQueryData(cohortProgressQuery(trpc)),
  component: ModuleProgressPage,
});
