import { createFileRoute } from '@tanstack/react-router';
import { personQuery } from '../../../features/people/api.ts';
import { PersonPage } from '../../../features/people/person-page.tsx';

export const Route = createFileRoute('/_app/_staff/people_/$personId')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    queryClient.ensureQueryData(personQuery(trpc, params.personId)),
  component: PersonRoute,
});

function PersonRoute() {
  const { personId } = Route.useParams();
  return <PersonPage personId={personId} />;
}
