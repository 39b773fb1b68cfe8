import type { QueryClient } from '@tanstack/react-query';
import type { TrpcOptions } from './trpc.ts';

/** What every route's beforeLoad/loader receives (see routes/__root.tsx). */
export interface RouterContext {
  queryClient: QueryClient;
  trpc: TrpcOptions;
}
