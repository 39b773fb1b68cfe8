import type { EmailKind } from '@preceptor/domain/notifications/email-kinds';
import type { DueReminder } from '@preceptor/domain/programme/reminder-kinds';
import type { QueueOutcome } from '../../mail/queue-email.ts';
import { queueEmails } from '../../mail/queue-emails.ts';
import type { EmailTemplate } from '../../mail/templates/email-template.ts';
import type { NewNotification } from '../notifications/notify.ts';
import { notifyMany } from '../notifications/notify-many.ts';
import type { ServiceContext } from '../service-context.ts';

/** What one reminder says in the portal and by email. */
export interface ReminderMessage<Data extends object> {
  notification: Omit<NewNotification, 'userId'>;
  email: { kind: EmailKind; template: EmailTemplate<Data>; data: Data };
}

// biome-ignore lint/suspicious/noExplicitAny: each reminder kind has its own template data
export type AnyReminderMessage = ReminderMessage<any>;

export type Compose<Subject> = (reminder: DueReminder<Subject>) => AnyReminderMessage;

/** An email of `kind` with `template`, its data checked against the template's. */
export function reminderEmail<Data extends object>(
  kind: EmailKind,
  template: EmailTemplate<Data>,
  data: Data,
): ReminderMessage<Data>['email'] {
  return { kind, template, data };
}

export interface Delivered {
  /** Reminders sent for the first time in this run (an in-app notification each). */
  sent: number;
  emails: Record<QueueOutcome, number>;
}

/** Small enough transactions to keep locks short; large enough for few round trips. */
const CHUNK = 1000;
/** Keys looked up at once when leaving out reminders sent on earlier days. */
const LOOKUP = 20_000;
const TRANSACTION = { timeout: 120_000, maxWait: 30_000 };
const PARALLEL_CHUNKS = 2;

export function noEmails(): Record<QueueOutcome, number> {
  return { queued: 0, digest: 0, in_app_only: 0, already_queued: 0, no_recipient: 0 };
}

/**
 * Most reminders due today were sent on an earlier day (an overdue module is due every day of
 * its week): leave those out with one look-up per LOOKUP keys, rather than a transaction per
 * chunk of them. The insert below still decides, so a concurrent run cannot send one twice.
 */
async function notSentYet<Subject>(
  ctx: ServiceContext,
  due: readonly DueReminder<Subject>[],
): Promise<DueReminder<Subject>[]> {
  const fresh: DueReminder<Subject>[] = [];
  for (let start = 0; start < due.length; start += LOOKUP) {
    const batch = due.slice(start, start + LOOKUP);
    const rows = await ctx.db.$queryRaw<{ key: string }[]>`
      SELECT k AS key FROM unnest(${batch.map((r) => r.key)}::text[]) AS k
      WHERE NOT EXISTS (SELECT 1 FROM "ProgrammeReminder" p WHERE p.key = k)`;
    const keys = new Set(rows.map((row) => row.key));
    fresh.push(...batch.filter((r) => keys.has(r.key)));
  }
  return fresh;
}

/**
 * Sends each due reminder once: its key goes into ProgrammeReminder first (ON CONFLICT DO
 * NOTHING), and only the keys that went in get their notification and email, in the same
 * transaction — so a rerun, a retried job or a second process sends nothing twice, and a failed
 * chunk leaves no key behind to block the next run.
 */
export async function deliverReminders<Subject>(
  ctx: ServiceContext,
  due: readonly DueReminder<Subject>[],
  compose: Compose<Subject>,
): Promise<Delivered> {
  const unique = await notSentYet(ctx, [...new Map(due.map((r) => [r.key, r])).values()]);
  const result: Delivered = { sent: 0, emails: noEmails() };
  const at = ctx.clock.now().toISOString();
  const chunks: DueReminder<Subject>[][] = [];
  for (let start = 0; start < unique.length; start += CHUNK) chunks.push(unique.slice(start, start + CHUNK));
  const sendChunk = (chunk: DueReminder<Subject>[]) =>
    ctx.db.$transaction(async (tx) => {
      const inserted = await tx.$queryRaw<{ key: string }[]>`
        INSERT INTO "ProgrammeReminder" (key, kind, "userId", "cohortId", "sentAt")
        SELECT k, kd, u, c, ${at}::timestamptz
        FROM unnest(${chunk.map((r) => r.key)}::text[], ${chunk.map((r) => r.kind)}::text[],
                    ${chunk.map((r) => r.userId)}::text[], ${chunk.map((r) => r.cohortId)}::text[]) AS x(k, kd, u, c)
        ON CONFLICT (key) DO NOTHING
        RETURNING key`;
      const fresh = new Set(inserted.map((row) => row.key));
      const sending = chunk
        .filter((r) => fresh.has(r.key))
        .map((r) => ({ reminder: r, message: compose(r) }));
      await notifyMany(
        tx,
        sending.map(({ reminder, message }) => ({ ...message.notification, userId: reminder.userId })),
      );
      const emails = await queueEmails(
        tx,
        ctx,
        sending.map(({ reminder, message }) => ({
          recipientId: reminder.userId,
          kind: message.email.kind,
          idempotencyKey: `reminder:${reminder.key}`,
          template: message.email.template,
          data: message.email.data,
        })),
      );
      result.sent += sending.length;
      for (const [outcome, count] of Object.entries(emails)) result.emails[outcome as QueueOutcome] += count;
    }, TRANSACTION);
  // Two chunks in flight: one renders in Node while the other is written by PostgreSQL.
  const worker = async () => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) await sendChunk(chunk);
  };
  await Promise.all(Array.from({ length: PARALLEL_CHUNKS }, worker));
  return result;
}
