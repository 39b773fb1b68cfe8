import type { Db, Prisma, PrismaClient } from '@preceptor/db';
import type { Actor } from '@preceptor/domain/permissions/actor';
import type { ReadCache } from '../cache/read-cache.ts';

export type { Db };

/** Who made the request and from where, for the audit log. */
export interface RequestMeta {
  ipAddress: string | null;
  userAgent: string | null;
}

/** The current time, from one place, so tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The HTML alternative of `text`; mail clients show one or the other. */
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/** Sends mail; `null` in a ServiceContext when no mail server is configured (SMTP_URL unset). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** The settings services need, read from the environment once by env.ts. */
export interface ServiceConfig {
  /** Where the portal is served, to make links in emails absolute; null when not configured. */
  publicOrigin: string | null;
  /** The sender of emails; null: no-reply at the public origin's host. */
  smtpFrom: string | null;
  /** The programme that issues certificates (PROGRAMME_NAME), printed on each one. */
  programmeName: string;
}

export const DEFAULT_PROGRAMME_NAME = 'Preceptor clinical ethics and professionalism programme';

/**
 * What a service knows of the request: built once per request in trpc/context.ts, and by
 * testing/service-context.ts in tests. Services take `(ctx, input)`; helpers that run inside a
 * transaction take the transaction client as their first argument.
 */
export interface ServiceContext {
  /** The client; a service opens its own transactions with `ctx.db.$transaction`. */
  db: PrismaClient;
  actor: Actor | null;
  meta: RequestMeta;
  mailer: Mailer | null;
  clock: Clock;
  config: ServiceConfig;
  /**
   * The server process's cache of hot per-person reads (cache/read-cache.ts); absent in jobs and
   * most tests, where services read the database directly.
   */
  readCache?: ReadCache | null;
}

/** A ServiceContext of a signed-in person: what every service behind a role check receives. */
export interface ActorContext extends ServiceContext {
  actor: Actor;
  /**
   * A read-only repeatable-read transaction every report statement runs in, so all of them count
   * the same snapshot (the rollup job's sections, counted one after another); unset: each report
   * statement opens its own.
   */
  reportSnapshot?: Prisma.TransactionClient;
}
