import { createFileRoute } from '@tanstack/react-router';
import { checkInSummaryQuery, concernsQuery } from '../../../features/programme/api.ts';
import { ConcernsPage } from '../../../features/programme/concerns-page.tsx';

export const Route = createFileRoute('/_app/_staff/check-in-concerns')({
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([
      queryClient.ensureQueryData(concernsQuery(trpc, false)),
      queryClient.ensureQueryData(checkInSummaryQuery(trpc)),
    ]),
  component: ConcernsPage,
});
