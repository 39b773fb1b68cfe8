import { STATUS_CODES } from 'node:http';
import { DomainError } from '@preceptor/domain/errors';
import type { FastifyInstance } from 'fastify';
import {
  DOMAIN_ERROR_RESPONSES,
  INTERNAL_ERROR_MESSAGE,
  retryAfterSeconds,
} from '../errors/domain-error-responses.ts';

/**
 * The one answer to an error thrown by a plain HTTP route (tRPC formats its own): a domain
 * refusal keeps its status and sentence, a client mistake Fastify detected keeps Fastify's
 * sentence, and anything else is our failure, logged in full and shown to nobody — Fastify's
 * default handler would send `err.message`, which can name tables, files or queries.
 */
export function registerErrorHandler(server: FastifyInstance): void {
  server.setErrorHandler((error, request, reply) => {
    if (error instanceof DomainError) {
      const retryAfter = retryAfterSeconds(error);
      if (retryAfter !== null) reply.header('retry-after', String(retryAfter));
      return reply.code(DOMAIN_ERROR_RESPONSES[error.code].httpStatus).send({ error: error.message });
    }
    const status = clientErrorStatus(error);
    if (status !== null) {
      return reply.code(status).send({ error: isFastifyOwn(error) ? error.message : STATUS_CODES[status] });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: INTERNAL_ERROR_MESSAGE });
  });
}

/** The 4xx status an error carries (a refused body, a bad content type), or null. */
function clientErrorStatus(error: unknown): number | null {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/** Fastify's own errors (codes FST_…) are written for the client; other libraries' may not be. */
function isFastifyOwn(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('FST_');
}
