import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';

import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DeferredNotifications } from './components/deferred-notifications.tsx';
import { DefaultPending, RouteError } from './components/route-states.tsx';
import { clearDraftsOfEndedSession } from './features/reflections/draft-backup-flush.ts';
import { cssVariablesResolver, theme } from './lib/theme.ts';
import { createQueryClient, createTrpcClient, createTrpcOptions, TRPCProvider } from './lib/trpc.ts';
import { routeTree } from './routeTree.gen.ts';

const trpcClient = createTrpcClient();
const queryClient = createQueryClient({
  // The session ended while the page was open: forget who we thought was signed in, and send
  // the person to sign in, bringing them back here afterwards.
  onUnauthorized: () => {
    queryClient.setQueryData(trpc.auth.me.queryKey(), null);
    clearDraftsOfEndedSession();
    const { pathname, href } = router.state.location;
    if (pathname !== '/sign-in') void router.navigate({ to: '/sign-in', search: { redirect: href } });
  },
});
const trpc = createTrpcOptions(trpcClient, queryClient);

const router = createRouter({
  routeTree,
  context: { queryClient, trpc },
  // TanStack Query owns data freshness; the router's own preload cache would second-guess it.
  defaultPreloadStaleTime: 0,
  defaultPreload: 'intent',
  defaultPendingComponent: DefaultPending,
  defaultErrorComponent: RouteError,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DeferredNotifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <RouterProvider router={router} />
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
