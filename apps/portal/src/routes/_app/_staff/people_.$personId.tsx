import { createFileRoute } from '@tanstack/react-router';
import { PersonPage } from '../../../features/people/person-page.tsx';

export const Route = createFileRoute('/_app/_staff/people_/$personId')({
  component: PersonRoute,
});

function PersonRoute() {
  const { personId } = Route.useParams();
  return <PersonPage personId={personId} />;
}
