import type { PrismaClient } from '@preceptor/db';
import { generateSessionToken, hashToken } from './session-token.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** However often it is used, a session ends this long after sign-in (OWASP's absolute timeout). */
export const SESSION_ABSOLUTE_LIFETIME_MS = 90 * DAY_MS;
/** Sliding expiry: a session used in its second half is extended to a full lifetime. */
const RENEW_WITHIN_MS = 15 * DAY_MS;

export interface SessionRecord {
  id: string;
  userId: string;
  expiresAt: Date;
}

export async function createSession(
  prisma: PrismaClient,
  userId: string,
  meta: { ipAddress: string | null; userAgent: string | null },
): Promise<{ token: string; session: SessionRecord }> {
  const token = generateSessionToken();
  const now = Date.now();
  const session = await prisma.session.create({
    data: {
      id: hashToken(token),
      userId,
      expiresAt: new Date(now + SESSION_LIFETIME_MS),
      absoluteExpiresAt: new Date(now + SESSION_ABSOLUTE_LIFETIME_MS),
      ipAddress: meta.ipAddress,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
    },
    select: { id: true, userId: true, expiresAt: true },
  });
  return { token, session };
}

/**
 * Sliding expiry: the new end of a session used in the second half of its lifetime (never past
 * its absolute end), or null when no renewal is due — so most reads write nothing.
 */
export function renewedExpiry(
  session: { expiresAt: Date; absoluteExpiresAt: Date },
  now = Date.now(),
): Date | null {
  const expiresAt = session.expiresAt.getTime();
  const absoluteEnd = session.absoluteExpiresAt.getTime();
  if (expiresAt >= absoluteEnd || now < expiresAt - RENEW_WITHIN_MS) return null;
  return new Date(Math.min(now + SESSION_LIFETIME_MS, absoluteEnd));
}

export async function invalidateSession(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

export async function invalidateAllSessions(prisma: PrismaClient, userId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { userId } });
}
