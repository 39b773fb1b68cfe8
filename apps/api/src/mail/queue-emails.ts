import type { Db } from '@preceptor/db';
import { deliveryFor, type EmailDelivery, type EmailKind } from '@preceptor/domain/notifications/email-kinds';
import { v7 as uuidv7 } from 'uuid';
import type { ServiceContext } from '../services/service-context.ts';
import type { EmailToQueue, QueueOutcome } from './queue-email.ts';
import { renderEmail } from './templates/email-template.ts';
import { unsubscribeUrlsFor } from './unsubscribe-link.ts';

type QueueContext = Pick<ServiceContext, 'clock' | 'config'>;

interface Recipient {
  id: string;
  email: string;
  firstName: string;
  active: boolean;
  kind: string | null;
  delivery: EmailDelivery | null;
}

/**
 * `queueEmail` for many emails at once, with the same rules — the person's preference per kind,
 * rendered now, once per idempotency key — in two statements instead of two per email: the
 * scans queue thousands a run, and Prisma's createMany spent more CPU per row than rendering.
 * Returns how many ended each way.
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
  const rows = await tx.$queryRaw<Recipient[]>`
    SELECT u.id, u.email, u."firstName", u.active, p.kind, p.delivery::text AS delivery
    FROM "User" u
    LEFT JOIN "EmailPreference" p ON p."userId" = u.id AND p.kind = ANY(${[...new Set(emails.map((e) => e.kind))]}::text[])
    WHERE u.id = ANY(${[...new Set(emails.map((e) => e.recipientId))]}::text[])`;
  const recipients = new Map<string, Recipient>();
  const preferences = new Map<string, EmailDelivery>();
  for (const row of rows) {
    recipients.set(row.id, row);
    if (row.kind && row.delivery) preferences.set(`${row.id}:${row.kind}`, row.delivery);
  }
  const origin = ctx.config.publicOrigin;
  const preferencesUrl = origin ? new URL('/account', origin).toString() : null;
  const now = ctx.clock.now().toISOString();
  const unsubscribeUrls = await unsubscribeUrlsFor(
    tx,
    origin,
    emails
      .filter((email) => recipients.get(email.recipientId)?.active)
      .map((email) => ({ userId: email.recipientId, kind: email.kind as EmailKind })),
  );
  const outbox: {
    key: string;
    recipientId: string;
    to: string;
    kind: string;
    subject: string;
    text: string;
    html: string;
    status: string;
  }[] = [];
  for (const email of emails) {
    const recipient = recipients.get(email.recipientId);
    if (!recipient?.active) {
      outcomes.no_recipient++;
      continue;
    }
    const delivery = deliveryFor(
      email.kind as EmailKind,
      preferences.get(`${recipient.id}:${email.kind}`) ?? null,
    );
    if (delivery === 'in_app') {
      outcomes.in_app_only++;
      continue;
    }
    const rendered = renderEmail(email.template, email.data, {
      firstName: recipient.firstName,
      preferencesUrl,
      unsubscribeUrl: unsubscribeUrls.get(`${recipient.id}:${email.kind}`) ?? null,
    });
    outbox.push({
      key: email.idempotencyKey,
      recipientId: recipient.id,
      to: recipient.email,
      kind: email.kind,
      ...rendered,
      status: delivery === 'digest' ? 'digest' : 'queued',
    });
  }
  if (outbox.length === 0) return outcomes;
  const inserted = await tx.$queryRaw<{ status: string }[]>`
    INSERT INTO "OutboxEmail" (id, "idempotencyKey", "recipientId", "toAddress", kind, subject, text, html, status, "queuedAt", "nextAttemptAt")
    SELECT id, key, r, t, k, s, tx, h, st::"OutboxStatus", ${now}::timestamp, ${now}::timestamp
    FROM unnest(
      ${outbox.map(() => uuidv7())}::text[], ${outbox.map((o) => o.key)}::text[], ${outbox.map((o) => o.recipientId)}::text[],
      ${outbox.map((o) => o.to)}::text[], ${outbox.map((o) => o.kind)}::text[], ${outbox.map((o) => o.subject)}::text[],
      ${outbox.map((o) => o.text)}::text[], ${outbox.map((o) => o.html)}::text[], ${outbox.map((o) => o.status)}::text[]
    ) AS x(id, key, r, t, k, s, tx, h, st)
    ON CONFLICT ("idempotencyKey") DO NOTHING
    RETURNING status::text`;
  for (const row of inserted) outcomes[row.status === 'digest' ? 'digest' : 'queued']++;
  outcomes.already_queued += outbox.length - inserted.length;
  return outcomes;
}
