import type { CurrentUser } from '@preceptor/domain/auth/auth-schemas';
import { useRouteContext } from '@tanstack/react-router';
import { type Roles, rolesOf } from './roles.ts';

/**
 * The signed-in person. Only for components under the `_app` layout route, whose beforeLoad
 * has already sent anyone signed out to /sign-in, so this is never null.
 */
export function useCurrentUser(): CurrentUser {
  return useRouteContext({ from: '/_app', select: (context) => context.user });
}

export function useRoles(): Roles {
  return rolesOf(useCurrentUser());
}
