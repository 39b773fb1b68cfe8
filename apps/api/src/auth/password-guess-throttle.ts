import type { PrismaClient } from '@preceptor/db';
import { AttemptCounter, type AttemptRule } from './attempt-counter.ts';
import { CertificateLookupThrottle } from './certificate-lookup-throttle.ts';
import { clientAddressKey } from './client-address.ts';

/** The target of the guesses: the account at sign-in, the signed-in person at a password change. */
const SUBJECT_RULE: AttemptRule = {
  freeAttempts: 10,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
};

/** One client address: many people (a hospital's network) may share it, so it gets more room. */
const ADDRESS_RULE: AttemptRule = {
  freeAttempts: 100,
  firstDelaySeconds: 10,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
};

/**
 * Password guessing, throttled per subject and per client address after rate-limiter-flexible's
 * brute-force recipe, but with the attempt counted BEFORE the password is checked (so that
 * concurrent or batched guesses cannot all slip in) and with a growing wait instead of a lock.
 */
export class PasswordGuessThrottle {
  private readonly subjects: AttemptCounter;
  private readonly addresses: AttemptCounter;

  constructor(
    prisma: PrismaClient,
    private readonly action: 'sign-in' | 'password-change',
  ) {
    this.subjects = new AttemptCounter(prisma, SUBJECT_RULE);
    this.addresses = new AttemptCounter(prisma, ADDRESS_RULE);
  }

  /**
   * Counts this attempt; returns 0 when the password may be checked, otherwise the seconds to
   * wait. The address goes first: a refused address then costs the subject nothing.
   */
  async admit(subject: string, ipAddress: string | null): Promise<number> {
    const addressWait = await this.addresses.take(this.addressKey(ipAddress));
    if (addressWait > 0) return addressWait;
    return this.subjects.take(this.subjectKey(subject));
  }

  /** The right password: the subject starts afresh and the address gets its attempt back. */
  async succeeded(subject: string, ipAddress: string | null): Promise<void> {
    await this.subjects.forget(this.subjectKey(subject));
    await this.addresses.giveBack(this.addressKey(ipAddress));
  }

  private subjectKey(subject: string): string {
    // "Ana@Example.org" and "ana@example.org " are one account, so they share one count.
    return `${this.action}:subject:${subject.normalize('NFKC').trim().toLowerCase()}`;
  }

  private addressKey(ipAddress: string | null): string {
    return `${this.action}:address:${clientAddressKey(ipAddress)}`;
  }
}

export interface Throttles {
  signIn: PasswordGuessThrottle;
  passwordChange: PasswordGuessThrottle;
  certificateLookup: CertificateLookupThrottle;
}

export function createThrottles(prisma: PrismaClient): Throttles {
  return {
    signIn: new PasswordGuessThrottle(prisma, 'sign-in'),
    passwordChange: new PasswordGuessThrottle(prisma, 'password-change'),
    certificateLookup: new CertificateLookupThrottle(prisma),
  };
}
