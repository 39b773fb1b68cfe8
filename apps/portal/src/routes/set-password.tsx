import { createFileRoute } from '@tanstack/react-router';
import { SetPasswordPage } from '../features/auth/set-password-page.tsx';
import { searchParams, stringParam, withDefault } from '../lib/search-params.ts';

// Public: opened from the one-time link staff hand over (or that is emailed).
export const Route = createFileRoute('/set-password')({
  validateSearch: searchParams({
    // A missing or mangled token still opens the page, which says the link does not work.
    token: withDefault((value) => stringParam(value)?.slice(0, 200), ''),
  }),
  component: SetPasswordRoute,
});

function SetPasswordRoute() {
  const { token } = Route.useSearch();
  return <SetPasswordPage token={token} />;
}
