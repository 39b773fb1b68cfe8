import { createFileRoute, redirect } from '@tanstack/react-router';
import { rolesOf } from '../../features/auth/roles.ts';

/** Pages for mentors. Others go home instead of meeting a "forbidden" error from the API. */
export const Route = createFileRoute('/_app/_mentor')({
  beforeLoad: ({ context }) => {
    if (!rolesOf(context.user).mentor) throw redirect({ to: '/' });
  },
});
