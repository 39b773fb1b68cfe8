import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** One year, the preload list's minimum; browsers only honour it when it arrives over https. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every response — portal pages, tRPC, downloads, health and errors alike.
 * Register before any route so the hooks cover them all.
 *
 * The CSP allows scripts from our own origin only (the built portal has no inline script).
 * Styles also allow 'unsafe-inline' because Mantine injects <style> tags and style attributes
 * at run time; a style cannot run code, so this keeps script injection closed. No page may
 * be framed (clickjacking), and no Referer leaves the portal: set-password links carry their
 * one-time token in the URL.
 */
export function registerSecurityHeaders(server: FastifyInstance): void {
  // Built once: @fastify/helmet rebuilt (and re-parsed the CSP of) this middleware on every
  // request, a measurable share of a cheap request's CPU time.
  const setSecurityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The favicon is an inline SVG data: URL.
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Sent per request below: over plain http (a local demo) it would be meaningless.
    strictTransportSecurity: false,
  });
  server.addHook('onRequest', (req, reply, done) => {
    setSecurityHeaders(req.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  // req.protocol follows X-Forwarded-Proto only when the proxy is trusted.
  server.addHook('onRequest', async (req, reply) => {
    if (req.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
}
