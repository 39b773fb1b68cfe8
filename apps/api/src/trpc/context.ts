import type { PrismaClient } from '@preceptor/db';
import type { Actor } from '@preceptor/domain/permissions/actor';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type LoadedSession, loadSession, type SignedInUser } from '../auth/load-session.ts';
import type { Throttles } from '../auth/password-guess-throttle.ts';
import type { SessionRecord } from '../auth/sessions.ts';
import type { RequestMeta } from '../services/audit-log.ts';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie.ts';
import { refuseBatchedAuthCalls } from './unbatched-calls.ts';

export interface ServerDeps {
  prisma: PrismaClient;
  throttles: Throttles;
}

export interface Context extends ServerDeps {
  session: SessionRecord | null;
  user: SignedInUser | null;
  actor: Actor | null;
  meta: RequestMeta;
  setSessionCookie: (token: string, expiresAt: Date) => void;
  clearSessionCookie: () => void;
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
    signedIn = await loadSession(deps.prisma, token);
    if (signedIn) {
      // Sliding expiry: re-send the cookie so the browser's copy lives as long as the session.
      setSessionCookie(req, res, token, signedIn.session.expiresAt);
    } else {
      clearSessionCookie(req, res);
    }
  }
  return {
    ...deps,
    session: signedIn?.session ?? null,
    user: signedIn?.user ?? null,
    actor: signedIn?.actor ?? null,
    meta: requestMeta(req),
    setSessionCookie: (value, expiresAt) => setSessionCookie(req, res, value, expiresAt),
    clearSessionCookie: () => clearSessionCookie(req, res),
  };
}

export function contextFactory(deps: ServerDeps) {
  return ({ req, res, info }: CreateFastifyContextOptions) => {
    refuseBatchedAuthCalls(info);
    return buildContext(deps, req, res);
  };
}
