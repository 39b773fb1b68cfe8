import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/** Requests slower than this are logged at info level; the rest only at debug. */
export const SLOW_REQUEST_MS = 500;

/**
 * One line per finished request instead of Fastify's two info lines: failures and slow
 * requests at info (so the default level shows what needs attention), the rest at debug.
 * Logging every request at info cost a large share of a cheap request's CPU time.
 */
export class RequestLog extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const responseTime = reply.elapsedTime;
    if (error) {
      reply.log.error({ res: reply, err: error, responseTime }, 'request errored');
    } else if (reply.statusCode >= 500 || responseTime >= SLOW_REQUEST_MS) {
      reply.log.info({ req: request, res: reply, responseTime }, 'slow or failed request');
    } else {
      reply.log.debug({ res: reply, responseTime }, 'request completed');
    }
  }
}
