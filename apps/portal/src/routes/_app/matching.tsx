import { createFileRoute } from '@tanstack/react-router';
import { useRoles } from '../../features/auth/current-user.ts';
import { MyMatchingPage } from '../../features/matching/my-matching-page.tsx';

export const Route = createFileRoute('/_app/matching')({
  component: MyMatchingRoute,
});

function MyMatchingRoute() {
  const roles = useRoles();
  return <MyMatchingPage isMentee={roles.mentee} />;
}
