import type { Db, Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { SetPasswordInput, SetupLink } from '@preceptor/domain/people/person-schemas';
import { hashPassword } from '../../auth/passwords.ts';
import { generateSessionToken, hashToken } from '../../auth/session-token.ts';
import { invalidateAllSessions } from '../../auth/sessions.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext, ServiceContext } from '../service-context.ts';
import { canQueueLinkMail, canSendLinkMail, queueSetupLinkMail } from './setup-link-mail.ts';

const SETUP_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const USED_OR_EXPIRED = 'This link has expired or was already used. Ask your coordinator for a new one.';
const HAS_PASSWORD_NO_MAIL =
  'This person has a password; they can reset it themselves by changing it once signed in. Preceptor ' +
  'can email them a reset link only when the server knows its public address (PUBLIC_ORIGIN), and ' +
  'never hands staff a link to an account that has a password.';
const RESET_NOT_QUEUED = 'The reset email could not be queued, so no link was made.';

/**
 * Issues a one-time set-password link. Only the token's SHA-256 is stored (like sessions), so the
 * link is shown at most once; earlier unused links for the person stop working.
 */
export async function issueSetupToken(
  tx: Prisma.TransactionClient,
  userId: string,
  issuedById: string,
  now: Date,
): Promise<{ id: string; path: string; expiresAt: Date }> {
  await expireOpenTokens(tx, userId, now);
  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + SETUP_LINK_LIFETIME_MS);
  const id = hashToken(token);
  await tx.passwordSetupToken.create({ data: { id, userId, issuedById, expiresAt } });
  return { id, path: `/set-password?token=${token}`, expiresAt };
}

async function expireOpenTokens(db: Db, userId: string, now: Date): Promise<void> {
  await db.passwordSetupToken.updateMany({
    where: { userId, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
}

export interface LinkRecipient {
  id: string;
  email: string;
  firstName: string;
  hospitalId: string | null;
}

/**
 * Makes a set-password link for a person and gets it to them. Nobody but the person may hold a
 * live link to an account that has a password: for such a person the link is queued by email
 * only (and withdrawn if it cannot be), and the outbox page hides it from staff. A person who
 * never set one (a fresh invitation) may be handed the link by staff when no mail server is set
 * up; it is queued by email too whenever the public origin is known, so the outbox shows every
 * email. Each link is audited with how it travelled.
 */
export async function sendSetupLink(ctx: ActorContext, person: LinkRecipient): Promise<SetupLink> {
  const { db, meta } = ctx;
  const actorId = ctx.actor.userId;
  return db.$transaction(async (tx) => {
    // Locked: a password set meanwhile (setPasswordWithToken updates this row) is seen here.
    const [row] = await tx.$queryRaw<{ hasPassword: boolean }[]>`
      SELECT "passwordHash" IS NOT NULL AS "hasPassword" FROM "User" WHERE id = ${person.id} FOR UPDATE`;
    const hasPassword = row?.hasPassword ?? false;
    if (hasPassword && !canQueueLinkMail(ctx))
      throw new DomainError('PRECONDITION_FAILED', HAS_PASSWORD_NO_MAIL);
    const link = await issueSetupToken(tx, person.id, actorId, ctx.clock.now());
    const queued = await queueSetupLinkMail(tx, ctx, person, link, hasPassword ? 'reset' : 'invitation');
    // Throwing rolls the token back with everything else: no reset link exists that was not queued.
    if (hasPassword && !queued) throw new DomainError('PRECONDITION_FAILED', RESET_NOT_QUEUED);
    const emailed = queued && (hasPassword || canSendLinkMail(ctx));
    await writeAudit(tx, actorId, meta, {
      action: 'person.setup_link',
      entityType: 'User',
      entityId: person.id,
      hospitalIds: person.hospitalId ? [person.hospitalId] : [],
      metadata: {
        purpose: hasPassword ? 'reset' : 'first password',
        delivery: deliveryWords(emailed, queued, canSendLinkMail(ctx)),
      },
    });
    return { path: emailed ? null : link.path, expiresAt: link.expiresAt, emailed };
  });
}

/** How a link travelled, for its audit entry. */
function deliveryWords(emailed: boolean, queued: boolean, mailServer: boolean): string {
  if (emailed)
    return mailServer ? 'emailed to the person' : 'queued to email to the person (no mail server yet)';
  return queued ? 'shown to staff; also queued by email' : 'shown to staff';
}

/** Spends a set-password link: sets the password and ends any session the person had. */
export async function setPasswordWithToken(ctx: ServiceContext, input: SetPasswordInput): Promise<void> {
  const { db, meta } = ctx;
  const id = hashToken(input.token);
  const token = await db.passwordSetupToken.findUnique({
    where: { id },
    select: {
      userId: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { active: true, hospitalId: true } },
    },
  });
  if (!token || token.usedAt || token.expiresAt <= ctx.clock.now() || !token.user.active) {
    throw new DomainError('BAD_INPUT', USED_OR_EXPIRED, { fieldErrors: { token: [USED_OR_EXPIRED] } });
  }
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const now = ctx.clock.now();
    // Marking it used in the same statement that checks it: two tabs cannot both spend one link.
    const spent = await tx.passwordSetupToken.updateMany({
      where: { id, usedAt: null },
      data: { usedAt: now },
    });
    if (spent.count !== 1) {
      throw new DomainError('BAD_INPUT', USED_OR_EXPIRED, { fieldErrors: { token: [USED_OR_EXPIRED] } });
    }
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash } });
    // Any other link still open for the person (one handed to staff earlier) dies with this one.
    await expireOpenTokens(tx, token.userId, now);
    await writeAudit(tx, token.userId, meta, {
      action: 'auth.password_set',
      entityType: 'User',
      entityId: token.userId,
      hospitalIds: token.user.hospitalId ? [token.user.hospitalId] : [],
    });
  });
  await invalidateAllSessions(db, token.userId);
}
