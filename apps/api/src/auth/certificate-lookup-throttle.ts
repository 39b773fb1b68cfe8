import type { PrismaClient } from '@preceptor/db';
import { AttemptCounter, type AttemptRule } from './attempt-counter.ts';
import { clientAddressKey } from './client-address.ts';

/**
 * Certificate lookups per client address. A verifier (an employer checking a few new staff, even
 * a whole department behind one address) makes a handful an hour; guessing needs millions.
 */
const LOOKUP_RULE: AttemptRule = {
  freeAttempts: 30,
  firstDelaySeconds: 10,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
};

/**
 * Guards the public verification page against enumeration. With 2^120 ids guessing is hopeless
 * anyway; the throttle keeps anyone from even trying at volume. Every lookup counts, found or
 * not: were found ids free, one real certificate would refill the count between guesses. The
 * point is taken before the database is asked, so concurrent guesses cannot slip past.
 */
export class CertificateLookupThrottle {
  private readonly lookups: AttemptCounter;

  constructor(prisma: PrismaClient) {
    this.lookups = new AttemptCounter(prisma, LOOKUP_RULE);
  }

  /** 0 when the lookup may run, otherwise the seconds to wait. */
  admit(ipAddress: string | null): Promise<number> {
    return this.lookups.take(`certificate-lookup:address:${clientAddressKey(ipAddress)}`);
  }
}
