import type { Prisma, PrismaClient } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { SetPasswordInput, SetupLink } from '@preceptor/domain/people/person-schemas';
import { hashPassword } from '../../auth/passwords.ts';
import { generateSessionToken, hashToken } from '../../auth/session-token.ts';
import { invalidateAllSessions } from '../../auth/sessions.ts';
import { type RequestMeta, writeAudit } from '../audit-log.ts';
import { sendSetupLinkMail } from './setup-link-mail.ts';

const SETUP_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const USED_OR_EXPIRED = 'This link has expired or was already used. Ask your coordinator for a new one.';

/**
 * Issues a one-time set-password link. Only the token's SHA-256 is stored (like sessions), so the
 * link is shown to staff once; earlier unused links for the person stop working.
 */
export async function issueSetupToken(
  tx: Prisma.TransactionClient,
  userId: string,
  issuedById: string,
): Promise<{ path: string; expiresAt: Date }> {
  const now = new Date();
  await tx.passwordSetupToken.updateMany({
    where: { userId, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + SETUP_LINK_LIFETIME_MS);
  await tx.passwordSetupToken.create({ data: { id: hashToken(token), userId, issuedById, expiresAt } });
  return { path: `/set-password?token=${token}`, expiresAt };
}

/** Emails the link when SMTP is configured; the link is shown to staff either way. */
export async function deliverSetupLink(
  person: { email: string; firstName: string },
  link: { path: string; expiresAt: Date },
): Promise<SetupLink> {
  const emailed = await sendSetupLinkMail(person, link);
  return { ...link, emailed };
}

/** Spends a set-password link: sets the password and ends any session the person had. */
export async function setPasswordWithToken(
  prisma: PrismaClient,
  input: SetPasswordInput,
  meta: RequestMeta,
): Promise<void> {
  const id = hashToken(input.token);
  const token = await prisma.passwordSetupToken.findUnique({
    where: { id },
    select: {
      userId: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { active: true, hospitalId: true } },
    },
  });
  if (!token || token.usedAt || token.expiresAt <= new Date() || !token.user.active) {
    throw new DomainError('BAD_INPUT', USED_OR_EXPIRED, { fieldErrors: { token: [USED_OR_EXPIRED] } });
  }
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    // Marking it used in the same statement that checks it: two tabs cannot both spend one link.
    const spent = await tx.passwordSetupToken.updateMany({
      where: { id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (spent.count !== 1) {
      throw new DomainError('BAD_INPUT', USED_OR_EXPIRED, { fieldErrors: { token: [USED_OR_EXPIRED] } });
    }
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash } });
    await writeAudit(tx, token.userId, meta, {
      action: 'auth.password_set',
      entityType: 'User',
      entityId: token.userId,
      hospitalIds: token.user.hospitalId ? [token.user.hospitalId] : [],
    });
  });
  await invalidateAllSessions(prisma, token.userId);
}
