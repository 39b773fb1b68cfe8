import { type SearchOf, searchParams } from '../../lib/search-params.ts';

/**
 * The page to return to after signing in, from the `?redirect=` search parameter. Only paths
 * on this site are accepted: anything else would let a crafted link send a person who just
 * signed in to another site (an open redirect).
 */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (value === '/sign-in' || value.startsWith('/sign-in?')) return undefined;
  return value;
}

const signInParams = { redirect: safeRedirect };
export const SignInSearch = searchParams(signInParams);
export type SignInSearch = SearchOf<typeof signInParams>;

/**
 * Where to go once signed in. `href` (a full path with its search string) wins over `to` when
 * set; `to` keeps the router's types satisfied and is the fallback: home.
 */
export function signInDestination(redirect: string | undefined) {
  return { to: '/', href: redirect } as const;
}
