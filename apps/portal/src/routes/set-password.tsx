import { createFileRoute } from '@tanstack/react-router';
import { SetPasswordPage } from '../features/auth/set-password-page.tsx';

// Public: opened from the one-time link staff hand over (or that is emailed).
export const Route = createFileRoute('/set-password')({
  validateSearch: (search: Record<string, unknown>): { token: string } => ({
    token: typeof search.token === 'string' ? search.token.slice(0, 200) : '',
  }),
  component: SetPasswordRoute,
});

function SetPasswordRoute() {
  const { token } = Route.useSearch();
  return <SetPasswordPage token={token} />;
}
