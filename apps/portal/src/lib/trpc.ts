import type { AppRouter } from '@preceptor/api/app-router';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext, createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import superjson from 'superjson';

/**
 * Components call `useTRPC()` and hand `trpc.x.y.queryOptions()` / `mutationOptions()` to
 * TanStack Query's own hooks. Route `beforeLoad`/`loader` functions run outside React, so the
 * router context carries an equivalent options proxy built from the same client and cache.
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type AppClientError = TRPCClientError<AppRouter>;

export function isAppClientError(error: unknown): error is AppClientError {
  return error instanceof TRPCClientError;
}

/** The tRPC error code ('UNAUTHORIZED', 'BAD_REQUEST', …) when the server sent one. */
export function errorCode(error: unknown): string | undefined {
  return isAppClientError(error) ? error.data?.code : undefined;
}

/** Client errors will fail the same way again: retrying them only delays the message. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = isAppClientError(error) ? error.data?.httpStatus : undefined;
  if (status !== undefined && status >= 400 && status < 500) return false;
  return failureCount < 2;
}

const LINK_OPTIONS = {
  // Same origin: in development Vite proxies /trpc to the API; in production the API serves the portal.
  url: '/trpc',
  transformer: superjson,
  fetch: (url: URL | RequestInfo, options?: RequestInit) =>
    fetch(url, { ...options, credentials: 'include' }),
};

export function createTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      // The API refuses any batch that carries a password or session call (one request, one
      // guess), so those go alone; auth.me is only a read and rides with the page's queries.
      splitLink({
        condition: (op) => op.path.startsWith('auth.') && op.path !== 'auth.me',
        true: httpLink(LINK_OPTIONS),
        false: httpBatchLink(LINK_OPTIONS),
      }),
    ],
  });
}

export interface QueryClientOptions {
  /** Called when any query is refused because the session ended (expired or signed out elsewhere). */
  onUnauthorized: () => void;
}

export function createQueryClient({ onUnauthorized }: QueryClientOptions) {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (errorCode(error) === 'UNAUTHORIZED') onUnauthorized();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
      },
      mutations: { retry: false },
    },
  });
}

export function createTrpcOptions(client: ReturnType<typeof createTrpcClient>, queryClient: QueryClient) {
  return createTRPCOptionsProxy<AppRouter>({ client, queryClient });
}

export type TrpcOptions = ReturnType<typeof createTrpcOptions>;
