import { deliverOutbox } from '../services/email/deliver-outbox.ts';
import { sendDigests } from '../services/email/send-digests.ts';
import type { ServiceContext } from '../services/service-context.ts';

/**
 * Scheduled work: a service run by the job queue as the system (`ctx.actor` is null). Whatever
 * it returns is logged as the run's summary.
 */
export interface Schedule {
  /** The queue's name: letters, digits, dots and dashes. */
  name: string;
  /** Five-field cron, in UTC. */
  cron: string;
  run(ctx: ServiceContext): Promise<unknown>;
}

/** The one list of scheduled work. Each entry runs once per tick however many servers run. */
export const SCHEDULES: readonly Schedule[] = [
  { name: 'email.deliver-outbox', cron: '* * * * *', run: deliverOutbox },
  { name: 'email.daily-digest', cron: '0 7 * * *', run: sendDigests },
];
