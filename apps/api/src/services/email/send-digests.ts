import { queueEmail } from '../../mail/queue-email.ts';
import { dailyDigest } from '../../mail/templates/daily-digest.ts';
import { textBodyOf } from '../../mail/templates/layout.ts';
import type { ServiceContext } from '../service-context.ts';
import { asTimestamp } from './sql-time.ts';

export interface DigestSummary {
  /** People who were queued a digest. */
  digests: number;
  /** Held emails gathered into them. */
  gathered: number;
}

/**
 * Gathers each person's held (`digest`) emails into one email a day and marks them sent. The
 * digest's idempotency key is the person and the UTC day, and the held rows are locked while
 * gathered, so a second run, or a second server process, queues nothing twice. Rows held after
 * today's digest was made wait for tomorrow's.
 */
export async function sendDigests(ctx: ServiceContext): Promise<DigestSummary> {
  const now = ctx.clock.now();
  const waiting = await ctx.db.outboxEmail.findMany({
    where: { status: 'digest', queuedAt: { lte: now }, recipientId: { not: null } },
    distinct: ['recipientId'],
    select: { recipientId: true },
  });
  const summary: DigestSummary = { digests: 0, gathered: 0 };
  for (const { recipientId } of waiting) {
    if (!recipientId) continue;
    const gathered = await gatherFor(ctx, recipientId, now);
    if (gathered > 0) {
      summary.digests++;
      summary.gathered += gathered;
    }
  }
  return summary;
}

async function gatherFor(ctx: ServiceContext, recipientId: string, now: Date): Promise<number> {
  const day = now.toISOString().slice(0, 10);
  return ctx.db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutboxEmail"
      WHERE "recipientId" = ${recipientId} AND "status" = 'digest' AND "queuedAt" <= ${asTimestamp(now)}
      FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return 0;
    const held = await tx.outboxEmail.findMany({
      where: { id: { in: locked.map((row) => row.id) } },
      orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, subject: true, text: true },
    });
    const outcome = await queueEmail(tx, ctx, {
      recipientId,
      kind: 'email.daily_digest',
      idempotencyKey: `digest:${recipientId}:${day}`,
      template: dailyDigest,
      data: {
        day: now.toLocaleDateString('en-GB', { dateStyle: 'full', timeZone: 'UTC' }),
        items: held.map((email) => ({ subject: email.subject, body: textBodyOf(email.text) })),
      },
    });
    const ids = held.map((email) => email.id);
    if (outcome === 'queued') {
      await tx.outboxEmail.updateMany({ where: { id: { in: ids } }, data: { status: 'sent', sentAt: now } });
      return held.length;
    }
    if (outcome === 'no_recipient') {
      await tx.outboxEmail.updateMany({
        where: { id: { in: ids } },
        data: { status: 'failed', lastError: 'The person was deactivated before their digest was sent.' },
      });
    }
    return 0;
  });
}
