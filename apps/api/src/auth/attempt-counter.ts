import { Prisma, type PrismaClient } from '@preceptor/db';

/** How many attempts one key gets, and how the wait grows after that. */
export interface AttemptRule {
  /** Attempts allowed back to back before any wait. */
  freeAttempts: number;
  /** The wait after the free attempts are spent; it doubles with each further attempt… */
  firstDelaySeconds: number;
  /** …up to this, so the owner of an attacked account is slowed down, never locked out. */
  maxDelaySeconds: number;
  /** A count left alone this long starts again from zero. */
  forgetAfterSeconds: number;
}

const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Attempt counts in the ThrottleCounter table. Taking an attempt is one INSERT … ON CONFLICT
 * statement that counts it only when the key may try now, so concurrent requests, batched calls
 * and other server processes on the same database all draw from one count. The database's clock
 * decides, so processes on hosts with skewed clocks still agree.
 *
 * Not rate-limiter-flexible's RateLimiterPostgres: it needs a `pg` pool (the embedded PGlite
 * database has none) and creates its own table outside the migrations; and none of its stores
 * grow the wait progressively.
 */
export class AttemptCounter {
  private lastSweep = 0;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly rule: AttemptRule,
  ) {}

  /**
   * Counts an attempt for the key when it may try now and returns 0; otherwise counts nothing
   * (waiting attempts must not lengthen the wait) and returns the seconds left to wait.
   */
  async take(key: string): Promise<number> {
    await this.sweepNow();
    const { freeAttempts, forgetAfterSeconds } = this.rule;
    const forgetAfter = Prisma.sql`make_interval(secs => ${forgetAfterSeconds}::float8)`;
    const admitted = await this.prisma.$queryRaw<{ attempts: number }[]>`
      INSERT INTO "ThrottleCounter" AS c ("key", "attempts", "lastAttemptAt", "resetAt")
      VALUES (${key}, 1, now(), now() + ${forgetAfter})
      ON CONFLICT ("key") DO UPDATE SET
        "attempts" = CASE WHEN c."resetAt" <= now() THEN 1 ELSE c."attempts" + 1 END,
        "lastAttemptAt" = now(),
        "resetAt" = now() + ${forgetAfter}
      WHERE c."resetAt" <= now()
         OR c."attempts" < ${freeAttempts}::int
         OR c."lastAttemptAt" + ${this.currentDelay()} <= now()
      RETURNING c."attempts"`;
    if (admitted.length > 0) return 0;

    const [waiting] = await this.prisma.$queryRaw<{ seconds: number }[]>`
      SELECT CEIL(EXTRACT(EPOCH FROM (c."lastAttemptAt" + ${this.currentDelay()} - now())))::int AS "seconds"
      FROM "ThrottleCounter" c WHERE c."key" = ${key}`;
    // The count can be reset between the two statements; a one-second wait is then harmless.
    return Math.max(1, waiting?.seconds ?? 1);
  }

  /** Returns one attempt, e.g. when it turned out to be a successful sign-in. */
  async giveBack(key: string): Promise<void> {
    await this.prisma.throttleCounter.updateMany({
      where: { key, attempts: { gt: 0 } },
      data: { attempts: { decrement: 1 } },
    });
  }

  async forget(key: string): Promise<void> {
    await this.prisma.throttleCounter.deleteMany({ where: { key } });
  }

  /** The wait owed after the stored attempts: first delay, doubled per attempt over the free ones. */
  private currentDelay(): Prisma.Sql {
    const { freeAttempts, firstDelaySeconds, maxDelaySeconds } = this.rule;
    // The exponent is capped so that a long-running count cannot overflow the float.
    return Prisma.sql`make_interval(secs => LEAST(${maxDelaySeconds}::float8,
      ${firstDelaySeconds}::float8 * power(2::float8, LEAST(c."attempts" - ${freeAttempts}::int, 30))))`;
  }

  /** Drops forgotten counts now and then, so the table holds only live ones. */
  private async sweepNow(): Promise<void> {
    if (Date.now() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = Date.now();
    await this.prisma.throttleCounter.deleteMany({ where: { resetAt: { lte: new Date() } } });
  }
}
