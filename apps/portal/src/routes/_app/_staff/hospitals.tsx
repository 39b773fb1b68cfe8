import { createFileRoute } from '@tanstack/react-router';
import { hospitalsQuery, networkOverviewQuery } from '../../../features/hospitals/api.ts';
import { HospitalsPage } from '../../../features/hospitals/hospitals-page.tsx';

export const Route = createFileRoute('/_app/_staff/hospitals')({
  loader: ({ context: { queryClient, trpc } }) =>
    Promise.all([
      queryClient.ensureQueryData(networkOverviewQuery(trpc)),
      queryClient.ensureQueryData(hospitalsQuery(trpc)),
    ]),
  component: HospitalsPage,
});
