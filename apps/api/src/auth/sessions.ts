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
 * Returns the live session for a token, extending it when due (never past its absolute end);
 * null when the token is unknown, expired, or belongs to a deactivated person.
 */
export async function validateSessionToken(
  prisma: PrismaClient,
  token: string,
): Promise<SessionRecord | null> {
  const id = hashToken(token);
  const row = await prisma.session.findUnique({
    where: { id },
    select: {
      id: true,
      userId: true,
      expiresAt: true,
      absoluteExpiresAt: true,
      user: { select: { active: true } },
    },
  });
  if (!row) return null;
  const now = Date.now();
  const ended = now >= row.expiresAt.getTime() || now >= row.absoluteExpiresAt.getTime();
  if (ended || !row.user.active) {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  let expiresAt = row.expiresAt;
  const renewable = expiresAt.getTime() < row.absoluteExpiresAt.getTime();
  if (renewable && now >= expiresAt.getTime() - RENEW_WITHIN_MS) {
    expiresAt = new Date(Math.min(now + SESSION_LIFETIME_MS, row.absoluteExpiresAt.getTime()));
    await prisma.session.update({ where: { id }, data: { expiresAt } });
  }
  return { id: row.id, userId: row.userId, expiresAt };
}

export async function invalidateSession(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

export async function invalidateAllSessions(prisma: PrismaClient, userId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { userId } });
}
