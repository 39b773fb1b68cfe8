import type { PrismaClient } from '@preceptor/db';
import type { ChangePasswordInput, SignInInput } from '@preceptor/domain/auth/auth-schemas';
import { DomainError } from '@preceptor/domain/errors';
import type { Throttles } from '../auth/password-guess-throttle.ts';
import { hashPassword, spendVerificationTime, verifyPassword } from '../auth/passwords.ts';
import { createSession, invalidateAllSessions, type SessionRecord } from '../auth/sessions.ts';
import { type RequestMeta, writeAudit } from './audit-log.ts';

/** Too many password attempts; the caller may try again after the wait. */
export class ThrottledError extends Error {
  constructor(
    what: 'sign-in' | 'password',
    readonly retryAfterSeconds: number,
  ) {
    super(`Too many ${what} attempts. Try again in ${describeWait(retryAfterSeconds)}.`);
  }
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** One message for unknown email and wrong password, so sign-in does not reveal who has an account. */
export const BAD_CREDENTIALS = 'Email or password is incorrect.';

export async function signIn(
  deps: { prisma: PrismaClient; throttles: Throttles },
  input: SignInInput,
  meta: RequestMeta,
): Promise<{ token: string; session: SessionRecord }> {
  const throttle = deps.throttles.signIn;
  const wait = await throttle.admit(input.email, meta.ipAddress);
  if (wait > 0) throw new ThrottledError('sign-in', wait);

  const user = await deps.prisma.user.findUnique({
    where: { email: input.email },
    select: { id: true, active: true, passwordHash: true, hospitalId: true },
  });
  let ok = false;
  if (user?.passwordHash) ok = await verifyPassword(user.passwordHash, input.password);
  else await spendVerificationTime(input.password);
  if (!user || !ok || !user.active) throw new DomainError('FORBIDDEN', BAD_CREDENTIALS);
  await throttle.succeeded(input.email, meta.ipAddress);
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
  { prisma, throttles }: { prisma: PrismaClient; throttles: Throttles },
  userId: string,
  input: ChangePasswordInput,
  meta: RequestMeta,
): Promise<{ token: string; session: SessionRecord }> {
  // Someone holding a stolen session must not get to guess the current password freely.
  const wait = await throttles.passwordChange.admit(userId, meta.ipAddress);
  if (wait > 0) throw new ThrottledError('password', wait);
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, hospitalId: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('BAD_INPUT', 'Your current password is not correct.', {
      fieldErrors: { currentPassword: ['Your current password is not correct.'] },
    });
  }
  await throttles.passwordChange.succeeded(userId, meta.ipAddress);
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
