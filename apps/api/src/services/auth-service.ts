import type { ChangePasswordInput, SignInInput } from '@preceptor/domain/auth/auth-schemas';
import { DomainError } from '@preceptor/domain/errors';
import type { Throttles } from '../auth/password-guess-throttle.ts';
import { hashPassword, spendVerificationTime, verifyPassword } from '../auth/passwords.ts';
import { createSession, invalidateAllSessions, type SessionRecord } from '../auth/sessions.ts';
import { writeAudit } from './audit-log.ts';
import type { ActorContext, ServiceContext } from './service-context.ts';

/** Too many password attempts: refused with the wait, before any password is checked. */
function throttled(what: 'sign-in' | 'password', retryAfterSeconds: number): DomainError {
  return DomainError.tooManyRequests(
    `Too many ${what} attempts. Try again in ${describeWait(retryAfterSeconds)}.`,
    retryAfterSeconds,
  );
}

export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** One message for unknown email and wrong password, so sign-in does not reveal who has an account. */
export const BAD_CREDENTIALS = 'Email or password is incorrect.';

/** The password services also need the guess throttles the server keeps. */
type PasswordContext<C extends ServiceContext> = C & { throttles: Throttles };

export async function signIn(
  ctx: PasswordContext<ServiceContext>,
  input: SignInInput,
): Promise<{ token: string; session: SessionRecord }> {
  const { db, meta } = ctx;
  const throttle = ctx.throttles.signIn;
  const wait = await throttle.admit(input.email, meta.ipAddress);
  if (wait > 0) throw throttled('sign-in', wait);

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, active: true, passwordHash: true, hospitalId: true },
  });
  let ok = false;
  if (user?.passwordHash) ok = await verifyPassword(user.passwordHash, input.password);
  else await spendVerificationTime(input.password);
  if (!user || !ok || !user.active) throw new DomainError('FORBIDDEN', BAD_CREDENTIALS);
  await throttle.succeeded(input.email, meta.ipAddress);
  const created = await createSession(db, user.id, meta);
  await db.user.update({ where: { id: user.id }, data: { lastSignedInAt: ctx.clock.now() } });
  await writeAudit(db, user.id, meta, {
    action: 'auth.sign_in',
    entityType: 'User',
    entityId: user.id,
    hospitalIds: user.hospitalId ? [user.hospitalId] : [],
  });
  return created;
}

/** Changing a password ends every session of the person, then opens a fresh one for this browser. */
export async function changePassword(
  ctx: PasswordContext<ActorContext>,
  input: ChangePasswordInput,
): Promise<{ token: string; session: SessionRecord }> {
  const { db, throttles, meta } = ctx;
  const userId = ctx.actor.userId;
  // Someone holding a stolen session must not get to guess the current password freely.
  const wait = await throttles.passwordChange.admit(userId, meta.ipAddress);
  if (wait > 0) throw throttled('password', wait);
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, hospitalId: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw DomainError.field('currentPassword', 'Your current password is not correct.');
  }
  await throttles.passwordChange.succeeded(userId, meta.ipAddress);
  if (input.currentPassword === input.newPassword) {
    throw DomainError.field('newPassword', 'Choose a password different from the current one.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await writeAudit(tx, userId, meta, {
      action: 'auth.password_change',
      entityType: 'User',
      entityId: userId,
      hospitalIds: user.hospitalId ? [user.hospitalId] : [],
    });
  });
  await invalidateAllSessions(db, userId);
  return createSession(db, userId, meta);
}
