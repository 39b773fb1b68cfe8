import { createFileRoute, redirect } from '@tanstack/react-router';
import { rolesOf } from '../../features/auth/roles.ts';

/** Pages for coordinators and network admins; the API scopes their data to their hospitals. */
export const Route = createFileRoute('/_app/_staff')({
  beforeLoad: ({ context }) => {
    if (!rolesOf(context.user).staff) throw redirect({ to: '/' });
  },
});
