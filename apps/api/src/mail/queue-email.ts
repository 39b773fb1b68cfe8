import type { Db } from '@preceptor/db';
import { deliveryFor, type EmailDelivery, type EmailKind } from '@preceptor/domain/notifications/email-kinds';
import type { ServiceContext } from '../services/service-context.ts';
import { type EmailTemplate, renderEmail } from './templates/email-template.ts';
import { unsubscribeUrlFor } from './unsubscribe-link.ts';

export interface EmailToQueue<Data> {
  recipientId: string;
  kind: EmailKind;
  /**
   * The same key queues the email once, however often a job or a second server process tries:
   * build it from what the email is about, e.g. `invitation:<tokenId>` or
   * `module-due:<progressId>:<dueDate>`.
   */
  idempotencyKey: string;
  template: EmailTemplate<Data>;
  data: Data;
}

/** What became of an email: queued to send, held for the digest, or not emailed (and why). */
export type QueueOutcome = 'queued' | 'digest' | 'in_app_only' | 'already_queued' | 'no_recipient';

type QueueContext = Pick<ServiceContext, 'clock' | 'config'>;

/**
 * Puts an email in the outbox, inside the caller's transaction, so the email exists exactly
 * when the change it reports does. It is rendered now, for the outbox page to show what will
 * arrive; the delivery job sends it. An email never carries reflection text, quiz answers or
 * anyone else's private data: templates take only names, titles of modules and cohorts, dates
 * and links.
 */
export async function queueEmail<Data extends object>(
  tx: Db,
  ctx: QueueContext,
  email: EmailToQueue<Data>,
): Promise<QueueOutcome> {
  const recipient = await tx.user.findUnique({
    where: { id: email.recipientId },
    select: {
      email: true,
      firstName: true,
      active: true,
      emailPreferences: { where: { kind: email.kind }, select: { delivery: true } },
    },
  });
  if (!recipient?.active) return 'no_recipient';
  const delivery: EmailDelivery = deliveryFor(email.kind, recipient.emailPreferences[0]?.delivery ?? null);
  if (delivery === 'in_app') return 'in_app_only';

  const origin = ctx.config.publicOrigin;
  const rendered = renderEmail(email.template, email.data, {
    firstName: recipient.firstName,
    preferencesUrl: origin ? new URL('/account', origin).toString() : null,
    unsubscribeUrl: await unsubscribeUrlFor(tx, origin, email.recipientId, email.kind),
  });
  const now = ctx.clock.now();
  const { count } = await tx.outboxEmail.createMany({
    data: [
      {
        idempotencyKey: email.idempotencyKey,
        recipientId: email.recipientId,
        toAddress: recipient.email,
        kind: email.kind,
        ...rendered,
        status: delivery === 'digest' ? 'digest' : 'queued',
        queuedAt: now,
        nextAttemptAt: now,
      },
    ],
    skipDuplicates: true,
  });
  if (count === 0) return 'already_queued';
  return delivery === 'digest' ? 'digest' : 'queued';
}
