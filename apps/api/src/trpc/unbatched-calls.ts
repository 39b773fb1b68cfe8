import { TRPCError } from '@trpc/server';
import type { TRPCRequestInfo } from '@trpc/server/http';

/**
 * auth.me only reads the caller's own session, and the portal batches it with page queries.
 * Every other auth.* call checks or sets a password or a session.
 */
const BATCHABLE_AUTH_CALLS = new Set(['auth.me']);

export const BATCHED_AUTH_MESSAGE =
  'Sign-in and password requests cannot be batched: send each one in a request of its own.';

/**
 * One `?batch=1` request may carry any number of calls; were sign-in among them, one request
 * could try many passwords at once. Such a batch is refused whole, before any call runs.
 */
export function refuseBatchedAuthCalls(info: TRPCRequestInfo): void {
  if (!info.isBatchCall) return;
  const authCall = info.calls.some(
    (call) => call.path.startsWith('auth.') && !BATCHABLE_AUTH_CALLS.has(call.path),
  );
  if (authCall) throw new TRPCError({ code: 'BAD_REQUEST', message: BATCHED_AUTH_MESSAGE });
}
