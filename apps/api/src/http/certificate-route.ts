import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { certificateFacts } from '../services/modules/certificate.ts';
import { buildContext, type ServerDeps } from '../trpc/context.ts';

const CertificateFile = z.string().regex(/^[0-9a-f-]{36}\.pdf$/i);

/**
 * GET /certificates/:moduleId.pdf — a plain download (a link the browser saves), signed in by the
 * same session cookie and validation as the tRPC context. Only the person who completed the
 * module gets it; everyone else gets 404 so the route does not confirm whose certificates exist.
 * Errors go to the server's error handler (DomainError codes become statuses; the rest is masked).
 */
export function registerCertificateRoute(server: FastifyInstance, deps: ServerDeps): void {
  server.get<{ Params: { file: string } }>('/certificates/:file', async (req, reply) => {
    const ctx = await buildContext(deps, req, reply);
    if (!ctx.user || !ctx.actor) return reply.code(401).send({ error: 'Please sign in.' });
    const file = CertificateFile.safeParse(req.params.file);
    if (!file.success) return reply.code(404).send({ error: 'Not found' });
    const moduleId = file.data.slice(0, -'.pdf'.length);
    // Without PUBLIC_ORIGIN the link names the host the person downloaded it from.
    const origin = `${req.protocol}://${req.host}`;
    const facts = await certificateFacts({ ...ctx, actor: ctx.actor }, { moduleId, origin });
    // pdf-lib takes about a second to load under load: it is loaded by the first certificate,
    // not at start-up (bench:start).
    const { renderCertificate } = await import('../services/modules/certificate-pdf.ts');
    const pdf = await renderCertificate(facts);
    const name = `certificate-${facts.moduleTitle.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`;
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(pdf));
  });
}
