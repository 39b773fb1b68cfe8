import type { PrismaClient } from '@preceptor/db';
import type { ChangePasswordInput, SignInInput } from '@preceptor/domain/auth/auth-schemas';
import { DomainError } from '@preceptor/domain/errors';
import { hashPassword, spendVerificationTime, verifyPassword } from '../auth/passwords.ts';
import { createSession, invalidateAllSessions, type SessionRecord } from '../auth/sessions.ts';
import type { SignInThrottle } from '../auth/sign-in-throttle.ts';
import { type RequestMeta, writeAudit } from './audit-log.ts';

export class ThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  }
}

/** One message for unknown email and wrong password, so sign-in does not reveal who has an account. */
export const BAD_CREDENTIALS = 'Email or password is incorrect.';

export async function signIn(
  deps: { prisma: PrismaClient; throttle: SignInThrottle },
  input: SignInInput,
  meta: RequestMeta,
): Promise<{ token: string; session: SessionRecord }> {
  const ip = meta.ipAddress ?? 'unknown';
  const wait = await deps.throttle.retryAfterSeconds(input.email, ip);
  if (wait > 0) throw new ThrottledError(wait);

  const user = await deps.prisma.user.findUnique({
    where: { email: input.email },
    select: { id: true, active: true, passwordHash: true, hospitalId: true },
  });
  let ok = false;
  if (user?.passwordHash) ok = await verifyPassword(user.passwordHash, input.password);
  else await spendVerificationTime(input.password);
  if (!user || !ok || !user.active) {
    await deps.throttle.recordFailure(input.email, ip);
    throw new DomainError('FORBIDDEN', BAD_CREDENTIALS);
  }
  await deps.throttle.recordSuccess(input.email);
  const created = await createSession(deps.prisma, user.id, meta);
  await writeAudit(deps.prisma, user.id, meta, {
    action: 'auth.sign_in',
    entityType: 'User',
    entityId: user.id,
    hospitalIds: user.hospitalId ? [user.hospitalId] : [],
  });
  return created;
}

/** Changing a password ends every session of the person, then opens a fresh one for this browser. */
export async function changePassword(
  prisma: PrismaClient,
  userId: string,
  input: ChangePasswordInput,
  meta: RequestMeta,
): Promise<{ token: string; session: SessionRecord }> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, hospitalId: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('BAD_INPUT', 'Your current password is not correct.', {
      fieldErrors: { currentPassword: ['Your current password is not correct.'] },
    });
  }
  if (input.currentPassword === input.newPassword) {
    throw new DomainError('BAD_INPUT', 'Choose a password different from the current one.', {
      fieldErrors: { newPassword: ['Choose a password different from the current one.'] },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await writeAudit(tx, userId, meta, {
      action: 'auth.password_change',
      entityType: 'User',
      entityId: userId,
      hospitalIds: user.hospitalId ? [user.hospitalId] : [],
    });
  });
  await invalidateAllSessions(prisma, userId);
  return createSession(prisma, userId, meta);
}
