import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { NotFound } from '../components/route-states.tsx';
import type { RouterContext } from '../lib/router-context.ts';

export const Route = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});
