import type { PrismaClient } from '@preceptor/db';
import type { Actor } from '@preceptor/domain/permissions/actor';
import {
  type ActorContext,
  type Clock,
  DEFAULT_PROGRAMME_NAME,
  type ServiceContext,
} from '../services/service-context.ts';

/** A clock that stands still at `now` until a test moves it. */
export function fixedClock(now: Date): Clock & { set(next: Date): void } {
  let current = now;
  return {
    now: () => new Date(current),
    set(next) {
      current = next;
    },
  };
}

/** The same ServiceContext a request builds, for calling a service directly in a test. */
export function testServiceContext(db: PrismaClient, options: { clock?: Clock } = {}): ServiceContext {
  return {
    db,
    actor: null,
    meta: { ipAddress: '127.0.0.1', userAgent: 'test' },
    mailer: null,
    clock: options.clock ?? fixedClock(new Date()),
    config: { publicOrigin: null, smtpFrom: null, programmeName: DEFAULT_PROGRAMME_NAME },
  };
}

/** A ServiceContext acting as this person (their staff roles as the actor's). */
export function testActorContext(
  db: PrismaClient,
  actor: Actor,
  options: { clock?: Clock } = {},
): ActorContext {
  return { ...testServiceContext(db, options), actor };
}
