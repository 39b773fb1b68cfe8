import type { Prisma } from '@preceptor/db';
import { queueEmail } from '../../mail/queue-email.ts';
import { accountInvitation } from '../../mail/templates/account-invitation.ts';
import { passwordReset } from '../../mail/templates/password-reset.ts';
import type { ServiceContext } from '../service-context.ts';

/*
 * Set-password links travel through the outbox like every other email, queued in the transaction
 * that makes the link. Mail is optional: many hospital networks run Preceptor where no mail server
 * is reachable, so staff may hand a newcomer their first link; a reset for someone who has a
 * password only ever goes by email. The link must be absolute, so nothing is queued without
 * PUBLIC_ORIGIN.
 */

type MailContext = Pick<ServiceContext, 'mailer' | 'config' | 'clock'>;

/** True when a link can be put in an email: the portal's public address is known. */
export function canQueueLinkMail(ctx: MailContext): boolean {
  return ctx.config.publicOrigin !== null;
}

/** True when a queued link will actually leave: a mail server is configured too. */
export function canSendLinkMail(ctx: MailContext): boolean {
  return canQueueLinkMail(ctx) && ctx.mailer !== null;
}

/**
 * Queues the link's email to the person, once per link. Returns false when it could not be
 * queued (no public origin, or the person is deactivated).
 */
export async function queueSetupLinkMail(
  tx: Prisma.TransactionClient,
  ctx: MailContext,
  person: { id: string },
  link: { id: string; path: string; expiresAt: Date },
  purpose: 'invitation' | 'reset',
): Promise<boolean> {
  const origin = ctx.config.publicOrigin;
  if (!origin) return false;
  const url = new URL(link.path, origin).toString();
  const expiresAt = link.expiresAt.toUTCString();
  const email = { recipientId: person.id, idempotencyKey: `setup-link:${link.id}` };
  const outcome =
    purpose === 'reset'
      ? await queueEmail(tx, ctx, {
          ...email,
          kind: 'account.password_reset',
          template: passwordReset,
          data: { link: url, expiresAt },
        })
      : await queueEmail(tx, ctx, {
          ...email,
          kind: 'account.invitation',
          template: accountInvitation,
          data: { link: url, expiresAt, invitedBy: null },
        });
  return outcome === 'queued' || outcome === 'already_queued';
}
