import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Sign-in throttling after rate-limiter-flexible's brute-force recipe: consecutive
 * failures per account, and failures per IP per day. In memory, because the API is one
 * process; a multi-process deployment would swap in RateLimiterPostgres with the same calls.
 */
export class SignInThrottle {
  private readonly perAccount: RateLimiterMemory;
  private readonly perIp: RateLimiterMemory;

  constructor(options: { accountFailures?: number; ipFailures?: number } = {}) {
    this.perAccount = new RateLimiterMemory({
      keyPrefix: 'signin-account',
      points: options.accountFailures ?? 10,
      duration: 60 * 60,
      blockDuration: 15 * 60,
    });
    this.perIp = new RateLimiterMemory({
      keyPrefix: 'signin-ip',
      points: options.ipFailures ?? 100,
      duration: 24 * 60 * 60,
      blockDuration: 60 * 60,
    });
  }

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  async retryAfterSeconds(email: string, ip: string): Promise<number> {
    const [account, address] = await Promise.all([this.perAccount.get(email), this.perIp.get(ip)]);
    const waits = [account, address]
      .filter((res): res is RateLimiterRes => res !== null && res.remainingPoints <= 0)
      .map((res) => Math.ceil(res.msBeforeNext / 1000));
    return waits.length > 0 ? Math.max(...waits) : 0;
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(email, 1).then((res) => this.blockIfSpent(this.perAccount, email, res)),
      this.perIp.penalty(ip, 1).then((res) => this.blockIfSpent(this.perIp, ip, res)),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  private async blockIfSpent(limiter: RateLimiterMemory, key: string, res: RateLimiterRes): Promise<void> {
    if (res.remainingPoints <= 0) await limiter.block(key, limiter.blockDuration);
  }
}
