import { createFileRoute } from '@tanstack/react-router';
import { checkInQuery } from '../../features/programme/api.ts';
import { CheckInPage } from '../../features/programme/check-in-page.tsx';

export const Route = createFileRoute('/_app/check-ins_/$checkInId')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    queryClient.ensureQueryData(checkInQuery(trpc, params.checkInId)),
  component: CheckInRoute,
});

function CheckInRoute() {
  const { checkInId } = Route.useParams();
  return <CheckInPage checkInId={checkInId} />;
}
