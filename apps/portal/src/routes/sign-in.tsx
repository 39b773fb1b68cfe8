import { createFileRoute, redirect } from '@tanstack/react-router';
import { SignInSearch, signInDestination } from '../features/auth/safe-redirect.ts';
import { SignInPage } from '../features/auth/sign-in-page.tsx';

export const Route = createFileRoute('/sign-in')({
  validateSearch: SignInSearch,
  beforeLoad: async ({ context, search }) => {
    const user = await context.queryClient.ensureQueryData(context.trpc.auth.me.queryOptions());
    // Already signed in: nothing to do here.
    if (user) throw redirect(signInDestination(search.redirect));
  },
  component: SignInRoute,
});

function SignInRoute() {
  const { redirect } = Route.useSearch();
  return <SignInPage redirect={redirect} />;
}
