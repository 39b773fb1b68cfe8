import type { ServiceConfig } from '../service-context.ts';

/** A portal path made absolute for an email; the bare path when no public origin is configured. */
export function portalUrl(config: ServiceConfig, path: string): string {
  return config.publicOrigin ? new URL(path, config.publicOrigin).toString() : path;
}

// One formatter for all: toLocaleDateString builds a new one per call, the slowest step of a scan.
const EMAIL_DATE = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Wed, 10 Mar 2027": dates in emails, in UTC like every date the rules use. */
export function emailDate(at: Date): string {
  return EMAIL_DATE.format(at);
}
