import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { SetPasswordPage } from '../features/auth/set-password-page.tsx';

// Public: opened from the one-time link staff hand over (or that is emailed).
export const Route = createFileRoute('/set-password')({
  validateSearch: z.object({
    // A missing or mangled token still opens the page, which says the link does not work.
    token: z
      .string()
      .transform((token) => token.slice(0, 200))
      .catch(''),
  }),
  component: SetPasswordRoute,
});

function SetPasswordRoute() {
  const { token } = Route.useSearch();
  return <SetPasswordPage token={token} />;
}
