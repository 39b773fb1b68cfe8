import { EmailKind } from '@preceptor/domain/notifications/email-kinds';
import { emailGivesUp, emailRetryDelayMs } from '@preceptor/domain/notifications/email-retry';
import { unsubscribeHeaders, unsubscribeUrlFor } from '../../mail/unsubscribe-link.ts';
import type { ServiceContext } from '../service-context.ts';
import { asTimestamp } from './sql-time.ts';

export interface DeliverySummary {
  sent: number;
  /** Failed this time and will be tried again later. */
  retrying: number;
  /** Failed for the last time: marked failed with the error. */
  failed: number;
  /** Due but kept in the outbox because no mail server is configured (the demo). */
  held: number;
}

const BATCH = 50;
const MAX_BATCHES = 20;
/** Emails of a batch in flight at once: the SMTP pool's connections (nodemailer's default, 5). */
const SENDING_AT_ONCE = 5;
/**
 * A claimed email is not due again until this has passed: long enough for any SMTP timeout, so
 * only a process that died while sending lets another one try it again.
 */
const CLAIM_LEASE_MS = 5 * 60_000;

interface Claimed {
  id: string;
  recipientId: string | null;
  toAddress: string;
  kind: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

/**
 * Sends the outbox's due emails through `ctx.mailer`. Each email is claimed first (its row
 * locked with SKIP LOCKED, its attempt counted, its next attempt moved past a lease), so two
 * server processes running this at once never send one email twice. A failure waits longer each
 * time (domain: email-retry) and is marked failed with its error after the last attempt. Without
 * a mail server nothing is sent: the emails stay queued and the outbox page shows them.
 */
export async function deliverOutbox(ctx: ServiceContext): Promise<DeliverySummary> {
  const summary: DeliverySummary = { sent: 0, retrying: 0, failed: 0, held: 0 };
  if (!ctx.mailer) {
    summary.held = await ctx.db.outboxEmail.count({
      where: { status: 'queued', nextAttemptAt: { lte: ctx.clock.now() } },
    });
    return summary;
  }
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const claimed = await claimDue(ctx);
    // Each email is claimed by this run alone, so sending several at once cannot send one twice.
    const queue = [...claimed];
    const sender = async () => {
      for (let email = queue.shift(); email; email = queue.shift()) summary[await deliver(ctx, email)]++;
    };
    await Promise.all(Array.from({ length: SENDING_AT_ONCE }, sender));
    if (claimed.length < BATCH) break;
  }
  return summary;
}

async function claimDue(ctx: ServiceContext): Promise<Claimed[]> {
  const now = ctx.clock.now();
  return ctx.db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutboxEmail"
      WHERE "status" = 'queued' AND "nextAttemptAt" <= ${asTimestamp(now)}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    const ids = due.map((row) => row.id);
    if (ids.length === 0) return [];
    await tx.outboxEmail.updateMany({
      where: { id: { in: ids } },
      data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) },
    });
    return tx.outboxEmail.findMany({
      where: { id: { in: ids } },
      orderBy: { queuedAt: 'asc' },
      select: {
        id: true,
        recipientId: true,
        toAddress: true,
        kind: true,
        subject: true,
        text: true,
        html: true,
        attempts: true,
      },
    });
  });
}

async function deliver(ctx: ServiceContext, email: Claimed): Promise<'sent' | 'retrying' | 'failed'> {
  const mailer = ctx.mailer;
  if (!mailer) return 'retrying';
  const kind = EmailKind.safeParse(email.kind);
  const url =
    kind.success && email.recipientId
      ? await unsubscribeUrlFor(ctx.db, ctx.config.publicOrigin, email.recipientId, kind.data)
      : null;
  // Only the claim this run made may settle the row (attempts is its fingerprint).
  const mine = { id: email.id, status: 'queued' as const, attempts: email.attempts };
  try {
    await mailer.send({
      to: email.toAddress,
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: unsubscribeHeaders(url),
    });
  } catch (error) {
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    const now = ctx.clock.now();
    if (emailGivesUp(email.attempts)) {
      await ctx.db.outboxEmail.updateMany({ where: mine, data: { status: 'failed', lastError } });
      return 'failed';
    }
    await ctx.db.outboxEmail.updateMany({
      where: mine,
      data: { lastError, nextAttemptAt: new Date(now.getTime() + emailRetryDelayMs(email.attempts)) },
    });
    return 'retrying';
  }
  await ctx.db.outboxEmail.updateMany({
    where: mine,
    data: { status: 'sent', sentAt: ctx.clock.now(), lastError: null },
  });
  return 'sent';
}
