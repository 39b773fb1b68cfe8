/**
 * The one error type domain and service code throws. The API maps `code` to a
 * tRPC error in a single middleware, so nothing below the API imports tRPC.
 */
export type DomainErrorCode = 'BAD_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'PRECONDITION_FAILED';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
