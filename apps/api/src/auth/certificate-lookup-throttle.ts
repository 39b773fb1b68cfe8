import type { PrismaClient } from '@preceptor/db';
import { AttemptCounter, type AttemptRule } from './attempt-counter.ts';
import { clientAddressKey } from './client-address.ts';

/**
 * Lookups of certificate ids that turn out unknown, per client address. A real verifier checks
 * a handful of ids, almost all of them real; only someone guessing ids runs up misses.
 */
const MISS_RULE: AttemptRule = {
  freeAttempts: 20,
  firstDelaySeconds: 10,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
};

/**
 * Guarding the public verification page against enumeration. With 2^120 ids, guessing is hopeless
 * anyway; the throttle keeps anyone from trying at volume. Each lookup takes a point before the
 * database is asked (so concurrent guesses cannot slip past), and a found id hands it back.
 */
export class CertificateLookupThrottle {
  private readonly misses: AttemptCounter;

  constructor(prisma: PrismaClient) {
    this.misses = new AttemptCounter(prisma, MISS_RULE);
  }

  /** 0 when the lookup may run, otherwise the seconds to wait. */
  admit(ipAddress: string | null): Promise<number> {
    return this.misses.take(this.key(ipAddress));
  }

  /** The id existed: the lookup costs the address nothing. */
  found(ipAddress: string | null): Promise<void> {
    return this.misses.giveBack(this.key(ipAddress));
  }

  private key(ipAddress: string | null): string {
    return `certificate-lookup:address:${clientAddressKey(ipAddress)}`;
  }
}
