import { REPORT_ROLLUP_REFRESH_MINUTES } from '@preceptor/domain/reports/report-freshness';
import { deliverOutbox } from '../services/email/deliver-outbox.ts';
import { sendDigests } from '../services/email/send-digests.ts';
import { scanCheckIns } from '../services/programme/scan-check-ins.ts';
import { scanReminders } from '../services/programme/scan-reminders.ts';
import { refreshReportRollup } from '../services/reports/rollup/refresh-rollup.ts';
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
  /** Also queued once when a server starts, so its figures exist before the first tick. */
  runAtStart?: boolean;
}

/** The one list of scheduled work. Each entry runs once per tick however many servers run. */
export const SCHEDULES: readonly Schedule[] = [
  { name: 'email.deliver-outbox', cron: '* * * * *', run: deliverOutbox },
  { name: 'email.daily-digest', cron: '0 7 * * *', run: sendDigests },
  // Hourly, though most reminders fall due once a day: each is keyed by its subject and period,
  // so a rerun sends nothing twice, and a server started mid-morning (or a demo) catches up
  // within the hour instead of the next day.
  { name: 'programme.reminders', cron: '5 * * * *', run: scanReminders },
  { name: 'programme.check-ins', cron: '20 * * * *', run: scanCheckIns },
  // The network-wide report figures (services/reports/rollup). At start too: a fresh demo, just
  // seeded, shows its figures at once; a server that was down catches up.
  {
    name: 'reports.rollup',
    cron: `*/${REPORT_ROLLUP_REFRESH_MINUTES} * * * *`,
    run: refreshReportRollup,
    runAtStart: true,
  },
];
