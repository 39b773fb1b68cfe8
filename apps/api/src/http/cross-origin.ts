import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Methods that change nothing; every other method is checked, whatever the path. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests from other sites. SameSite=Lax cookies already stop most
 * cross-site POSTs; checking Origin closes the rest (Lucia's CSRF advice). Browsers send
 * Origin on every POST, so a POST without one is not from our portal either.
 *
 * The check goes by method, never by path: the router decodes and normalises URLs
 * (`/%74rpc` reaches `/trpc`), so a path prefix test on the raw URL can be stepped around.
 */
export function registerCrossOriginGuard(server: FastifyInstance, publicOrigin: string | undefined): void {
  const configured = publicOrigin ? new URL(publicOrigin).origin : undefined;
  server.addHook('onRequest', async (req, reply) => {
    if (isCrossOrigin(req, configured)) {
      await reply.code(403).send({ error: 'Cross-origin requests are refused.' });
    }
  });
}

function isCrossOrigin(req: FastifyRequest, publicOrigin: string | undefined): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  // A route that reads no cookie and acts only on an unguessable token in its URL (RFC 8058
  // one-click unsubscribe, posted by mail servers that send no Origin). Matched by the route the
  // router chose, never by the raw path, so no spelling of another path can borrow it.
  if ((req.routeOptions.config as { allowWithoutOrigin?: boolean } | undefined)?.allowWithoutOrigin) {
    return false;
  }
  const origin = req.headers.origin;
  if (!origin) return true;
  const expected = publicOrigin ?? `${req.protocol}://${req.headers.host}`;
  return origin !== expected;
}
