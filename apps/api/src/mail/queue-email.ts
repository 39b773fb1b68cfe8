import type { Db } from '@preceptor/db';
import type { EmailKind } from '@preceptor/domain/notifications/email-kinds';
import type { ServiceContext } from '../services/service-context.ts';
import { queueEmails } from './queue-emails.ts';
import type { EmailTemplate } from './templates/email-template.ts';

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
  // One email is a batch of one: the preference, rendering and once-per-key rules live in queueEmails.
  const outcomes = await queueEmails(tx, ctx, [email]);
  return OUTCOMES.find((outcome) => outcomes[outcome] > 0) ?? 'already_queued';
}

const OUTCOMES: readonly QueueOutcome[] = [
  'queued',
  'digest',
  'in_app_only',
  'already_queued',
  'no_recipient',
];
