import type { DomainError, DomainErrorCode } from '@preceptor/domain/errors';
import type { TRPCError } from '@trpc/server';

/**
 * How each domain error code answers, over tRPC and over plain HTTP routes alike, so a
 * refusal reads the same whichever way the request came in.
 */
export const DOMAIN_ERROR_RESPONSES = {
  BAD_INPUT: { trpcCode: 'BAD_REQUEST', httpStatus: 400 },
  NOT_FOUND: { trpcCode: 'NOT_FOUND', httpStatus: 404 },
  FORBIDDEN: { trpcCode: 'FORBIDDEN', httpStatus: 403 },
  CONFLICT: { trpcCode: 'CONFLICT', httpStatus: 409 },
  PRECONDITION_FAILED: { trpcCode: 'PRECONDITION_FAILED', httpStatus: 412 },
  TOO_MANY_REQUESTS: { trpcCode: 'TOO_MANY_REQUESTS', httpStatus: 429 },
} as const satisfies Record<DomainErrorCode, { trpcCode: TRPCError['code']; httpStatus: number }>;

/** What a person is told about a failure of ours; the details go to the server log only. */
export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on our side. Your input was not saved; please try again.';

/** The seconds a throttled client should wait (a `Retry-After` header), when the error says. */
export function retryAfterSeconds(error: DomainError): number | null {
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : null;
}
