import { createFileRoute } from '@tanstack/react-router';
import { cohortsQuery } from '../../../features/cohorts/api.ts';
import { CohortsPage } from '../../../features/cohorts/cohorts-page.tsx';

export const Route = createFileRoute('/_app/_staff/cohorts')({
  loader: ({ context: { queryClient, trpc } }) => queryClient.ensureQueryData(cohortsQuery(trpc)),
  component: CohortsPage,
});
