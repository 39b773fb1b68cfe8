import { createFileRoute, redirect } from '@tanstack/react-router';
import { rolesOf } from '../../features/auth/roles.ts';

/** Pages for mentees. Others go home instead of meeting a "forbidden" error from the API. */
export const Route = createFileRoute('/_app/_mentee')({
  beforeLoad: ({ context }) => {
    if (!rolesOf(context.user).mentee) throw redirect({ to: '/' });
  },
});
