import type { Db } from '@preceptor/db';
import { deliveryFor, type EmailKind } from '@preceptor/domain/notifications/email-kinds';
import type { ServiceContext } from '../services/service-context.ts';
import type { EmailToQueue, QueueOutcome } from './queue-email.ts';
import { renderEmail } from './templates/email-template.ts';

type QueueContext = Pick<ServiceContext, 'clock' | 'config'>;

/**
 * `queueEmail` for many emails at once, with the same rules (the person's preference per kind,
 * rendered now, once per idempotency key) in two queries instead of two per email: the scans
 * queue thousands of reminders a run. Returns how many ended each way.
 */
export async function queueEmails(
  tx: Db,
  ctx: QueueContext,
  // biome-ignore lint/suspicious/noExplicitAny: each email carries its own template's data type
  emails: readonly EmailToQueue<any>[],
): Promise<Record<QueueOutcome, number>> {
  const outcomes: Record<QueueOutcome, number> = {
    queued: 0,
    digest: 0,
    in_app_only: 0,
    already_queued: 0,
    no_recipient: 0,
  };
  if (emails.length === 0) return outcomes;
  const recipients = await tx.user.findMany({
    where: { id: { in: [...new Set(emails.map((e) => e.recipientId))] } },
    select: {
      id: true,
      email: true,
      firstName: true,
      active: true,
      emailPreferences: {
        where: { kind: { in: [...new Set(emails.map((e) => e.kind))] } },
        select: { kind: true, delivery: true },
      },
    },
  });
  const byId = new Map(recipients.map((r) => [r.id, r]));
  const origin = ctx.config.publicOrigin;
  const preferencesUrl = origin ? new URL('/account', origin).toString() : null;
  const now = ctx.clock.now();
  const rows = [];
  for (const email of emails) {
    const recipient = byId.get(email.recipientId);
    if (!recipient?.active) {
      outcomes.no_recipient++;
      continue;
    }
    const preference = recipient.emailPreferences.find((p) => p.kind === email.kind)?.delivery ?? null;
    const delivery = deliveryFor(email.kind as EmailKind, preference);
    if (delivery === 'in_app') {
      outcomes.in_app_only++;
      continue;
    }
    const rendered = renderEmail(email.template, email.data, {
      firstName: recipient.firstName,
      preferencesUrl,
      unsubscribeUrl: null,
    });
    rows.push({
      idempotencyKey: email.idempotencyKey,
      recipientId: email.recipientId,
      toAddress: recipient.email,
      kind: email.kind,
      ...rendered,
      status: delivery === 'digest' ? ('digest' as const) : ('queued' as const),
      queuedAt: now,
      nextAttemptAt: now,
    });
  }
  if (rows.length === 0) return outcomes;
  const inserted = await tx.outboxEmail.createManyAndReturn({
    data: rows,
    skipDuplicates: true,
    select: { status: true },
  });
  for (const row of inserted) outcomes[row.status === 'digest' ? 'digest' : 'queued']++;
  outcomes.already_queued += rows.length - inserted.length;
  return outcomes;
}
