/**
 * How often an email is tried before it is marked failed, and how long to wait between tries:
 * one minute after the first failure, doubling each time (1, 2, 4, 8, 16 minutes), so a mail
 * server that is down for a while gets about half an hour to come back.
 */
export const MAX_EMAIL_ATTEMPTS = 6;

const FIRST_RETRY_MS = 60_000;

/** The wait before the next try after `attempts` tries have failed (attempts >= 1). */
export function emailRetryDelayMs(attempts: number): number {
  return FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1);
}

/** True when the email has had its last try. */
export function emailGivesUp(attempts: number): boolean {
  return attempts >= MAX_EMAIL_ATTEMPTS;
}
