import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type LoadedSession, loadSession, type SignedInUser } from '../auth/load-session.ts';
import type { Throttles } from '../auth/password-guess-throttle.ts';
import type { SessionRecord } from '../auth/sessions.ts';
import type { ReadCache } from '../cache/read-cache.ts';
import type {
  Clock,
  Mailer,
  RequestMeta,
  ServiceConfig,
  ServiceContext,
} from '../services/service-context.ts';
import {
  clearSessionCookie,
  holdsOutdatedSessionCookie,
  readSessionCookie,
  setSessionCookie,
} from './session-cookie.ts';
import { refuseBatchedAuthCalls } from './unbatched-calls.ts';

/** What the server holds for every request: the database, throttles, mail, time and settings. */
export interface ServerDeps {
  db: ServiceContext['db'];
  throttles: Throttles;
  mailer: Mailer | null;
  clock: Clock;
  config: ServiceConfig;
  /** Told how long each procedure took (/metrics); optional so tests may build deps without it. */
  observeProcedure?: (path: string, outcome: 'ok' | 'error', seconds: number) => void;
  /** Sessions and hot per-person reads of this process (server.ts); none: read the database. */
  readCache?: ReadCache | null;
}

/** A request's context: the ServiceContext services receive, plus what auth procedures need. */
export interface Context extends ServiceContext {
  throttles: Throttles;
  session: SessionRecord | null;
  user: SignedInUser | null;
  setSessionCookie: (token: string, expiresAt: Date) => void;
  clearSessionCookie: () => void;
  observeProcedure: (path: string, outcome: 'ok' | 'error', seconds: number) => void;
}

export function requestMeta(req: FastifyRequest): RequestMeta {
  const userAgent = req.headers['user-agent'];
  return { ipAddress: req.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent : null };
}

export async function buildContext(
  deps: ServerDeps,
  req: FastifyRequest,
  res: FastifyReply,
): Promise<Context> {
  const token = readSessionCookie(req);
  let signedIn: LoadedSession | null = null;
  if (token) {
    signedIn = await loadSession(deps.db, token, deps.readCache);
    if (signedIn) {
      // The browser's cookie ends when the session does. Re-sent only when the sliding expiry
      // moved that end (or an outdated cookie must be replaced), not on every read.
      if (signedIn.renewed || holdsOutdatedSessionCookie(req)) {
        setSessionCookie(req, res, token, signedIn.session.expiresAt);
      }
    } else {
      clearSessionCookie(req, res);
    }
  }
  return {
    db: deps.db,
    throttles: deps.throttles,
    mailer: deps.mailer,
    clock: deps.clock,
    config: deps.config,
    readCache: deps.readCache ?? null,
    session: signedIn?.session ?? null,
    user: signedIn?.user ?? null,
    actor: signedIn?.actor ?? null,
    meta: requestMeta(req),
    setSessionCookie: (value, expiresAt) => setSessionCookie(req, res, value, expiresAt),
    clearSessionCookie: () => clearSessionCookie(req, res),
    observeProcedure: deps.observeProcedure ?? (() => {}),
  };
}

export function contextFactory(deps: ServerDeps) {
  return ({ req, res, info }: CreateFastifyContextOptions) => {
    refuseBatchedAuthCalls(info);
    return buildContext(deps, req, res);
  };
}
