import { DomainError } from '@preceptor/domain/errors';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { UNSUBSCRIBE_PATH } from '../mail/unsubscribe-link.ts';
import { describeUnsubscribe, unsubscribeByToken } from '../services/email/unsubscribe.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { requestMeta, type ServerDeps } from '../trpc/context.ts';

/** Tokens are 20 random bytes in lower-case base32 (auth/session-token.ts). */
const Query = z.object({ token: z.string().regex(/^[a-z2-7]{32}$/) });

/**
 * The link in List-Unsubscribe and in each adjustable email's footer.
 * GET shows what the link turns off and a button: it changes nothing, because mail scanners
 * open links. POST turns it off: mail clients send it themselves (RFC 8058,
 * `List-Unsubscribe=One-Click`) from their own servers with no Origin header, so this one route
 * is exempt from the Origin check (`allowWithoutOrigin`); the unguessable token is its only
 * authority and no cookie is read, so a forged request can do nothing its sender could not.
 */
export async function registerUnsubscribeRoute(server: FastifyInstance, deps: ServerDeps): Promise<void> {
  // Encapsulated: only this route accepts a form body.
  await server.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_req, body, done) => done(null, body),
    );
    const contextOf = (req: Parameters<typeof requestMeta>[0]): ServiceContext => ({
      db: deps.db,
      actor: null,
      meta: requestMeta(req),
      mailer: deps.mailer,
      clock: deps.clock,
      config: deps.config,
    });

    scope.get(UNSUBSCRIBE_PATH, async (req, reply) => {
      const query = Query.safeParse(req.query);
      if (!query.success) return notValid(reply);
      try {
        const { label } = await describeUnsubscribe(contextOf(req), query.data.token);
        const action = `${UNSUBSCRIBE_PATH}?token=${query.data.token}`;
        return page(
          reply,
          200,
          'Stop these emails?',
          `<p>You will no longer get <strong>${escapeHtml(label.toLowerCase())}</strong> by email; you will still see them in Preceptor.</p>
<form method="post" action="${action}"><input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit" style="font-size:16px;padding:10px 16px;">Stop these emails</button></form>`,
        );
      } catch (error) {
        if (error instanceof DomainError) return notValid(reply);
        throw error;
      }
    });

    scope.post(UNSUBSCRIBE_PATH, { config: { allowWithoutOrigin: true } }, async (req, reply) => {
      const query = Query.safeParse(req.query);
      if (!query.success) return notValid(reply);
      try {
        const { label } = await unsubscribeByToken(contextOf(req), query.data.token);
        return page(
          reply,
          200,
          'Done',
          `<p>You will no longer get <strong>${escapeHtml(label.toLowerCase())}</strong> by email. You can turn them back on under “Emails” on your account page.</p>`,
        );
      } catch (error) {
        if (error instanceof DomainError) return notValid(reply);
        throw error;
      }
    });
  });
}

function notValid(reply: FastifyReply) {
  return page(
    reply,
    404,
    'Link not valid',
    '<p>This unsubscribe link is not valid. Choose which emails you get on your account page in Preceptor.</p>',
  );
}

function page(reply: FastifyReply, status: number, title: string, body: string) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title} · Preceptor</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;line-height:1.5;">
<h1 style="font-size:22px;">${title}</h1>
${body}
</body></html>`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
