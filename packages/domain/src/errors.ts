/**
 * The one error type domain and service code throws. The API maps `code` to a
 * tRPC error or an HTTP status from one table, so nothing below the API imports tRPC.
 */
export type DomainErrorCode =
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'TOO_MANY_REQUESTS';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** A refused input with the message shown next to its form field as well. */
  static field(field: string, message: string): DomainError {
    return new DomainError('BAD_INPUT', message, { fieldErrors: { [field]: [message] } });
  }

  /** Too many attempts; the details say after how many seconds the next one is admitted. */
  static tooManyRequests(message: string, retryAfterSeconds: number): DomainError {
    return new DomainError('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
  }
}
