// Attacks on sign-in, sessions and password change, each played over real HTTP against a
// server on PostgreSQL. Every test here got through before the trust-boundary fixes.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseEnv } from '../env.ts';
import { buildServer } from '../server.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const PASSWORD = 'preceptor-demo';
const MINUTE = 60;

let app: TestApp;
const extraServers: FastifyInstance[] = [];

beforeAll(async () => {
  app = await startTestApp();
}, 120_000);

afterAll(async () => {
  for (const server of extraServers) await server.close();
  await app?.close();
});

/** Another server process on the same database, e.g. a second replica or one behind a proxy. */
async function startServer(env: Record<string, string> = {}): Promise<string> {
  const server = await buildServer({ prisma: app.prisma, trustProxy: parseEnv(env).TRUST_PROXY });
  extraServers.push(server);
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('The server has no port');
  return `http://127.0.0.1:${address.port}`;
}

interface CallOptions {
  origin?: string;
  headers?: Record<string, string>;
}

function call(path: string, input: unknown, { origin = app.origin, headers = {} }: CallOptions = {}) {
  return fetch(`${origin}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...headers },
    body: JSON.stringify({ json: input }),
  });
}

function signIn(email: string, password: string, options?: CallOptions) {
  return call('auth.signIn', { email, password }, options);
}

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { json?: { message?: string } } };
  return body.error?.json?.message ?? '';
}

function cookieFrom(response: Response, name: string): string | undefined {
  return response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
}

async function sessionsOf(email: string): Promise<number> {
  return app.prisma.session.count({ where: { user: { email } } });
}

/** Moves every throttle count back in time, as if the attacker had waited that long. */
async function letTimePass(seconds: number): Promise<void> {
  await app.prisma.$executeRaw`
    UPDATE "ThrottleCounter"
    SET "lastAttemptAt" = "lastAttemptAt" - make_interval(secs => ${seconds}::float8),
        "resetAt" = "resetAt" - make_interval(secs => ${seconds}::float8)`;
}

describe('password guessing in one batched request', () => {
  it('refuses the whole batch with a clear 400 before checking any password', async () => {
    const email = 'mentee@preceptor.test';
    const guesses = [...Array.from({ length: 29 }, (_, i) => `guess-${i}`), PASSWORD];
    const body = Object.fromEntries(guesses.map((password, i) => [i, { json: { email, password } }]));
    const before = await sessionsOf(email);
    const response = await fetch(`${app.origin}/trpc/${guesses.map(() => 'auth.signIn').join(',')}?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.origin },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('cannot be batched');
    expect(cookieFrom(response, 'preceptor_session')).toBeUndefined();
    expect(await sessionsOf(email)).toBe(before);
    // Nothing was even counted: the refusal came before any call ran.
    expect(await app.prisma.throttleCounter.count({ where: { key: { contains: email } } })).toBe(0);
  });

  it('refuses a batch of 400 different emails, which would cost 400 argon2 runs', async () => {
    const body = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [
        i,
        { json: { email: `nobody${i}@example.org`, password: 'x' } },
      ]),
    );
    const response = await fetch(`${app.origin}/trpc/${Array(400).fill('auth.signIn').join(',')}?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.origin },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(await app.prisma.throttleCounter.count({ where: { key: { contains: 'nobody0@' } } })).toBe(0);
  });

  it('still lets the portal batch auth.me with its page queries', async () => {
    const input = encodeURIComponent(JSON.stringify({}));
    const response = await fetch(`${app.origin}/trpc/auth.me,auth.me?batch=1&input=${input}`);
    expect(response.status).toBe(200);
  });
});

describe('guessing one account', () => {
  it('checks only ten of many concurrent guesses; the eleventh is refused even when it is right', async () => {
    const email = 'mentor2@preceptor.test';
    // Varying the case of the email does not give the attacker a fresh count.
    const spellings = [email, email.toUpperCase(), 'Mentor2@Preceptor.Test'];
    const responses = await Promise.all(
      Array.from({ length: 29 }, (_, i) => signIn(spellings[i % 3] as string, `wrong-${i}`)),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 403)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(19);

    const right = await signIn(email, PASSWORD);
    expect(right.status).toBe(429);
    expect(await errorMessage(right)).toMatch(/Too many sign-in attempts/);
    expect(await sessionsOf(email)).toBe(0);
  });

  it('shares the count between two server processes on one database', async () => {
    const email = 'mentee2@preceptor.test';
    const second = await startServer();
    for (let i = 0; i < 10; i++) {
      const origin = i % 2 === 0 ? app.origin : second;
      expect((await signIn(email, `wrong-${i}`, { origin })).status).toBe(403);
    }
    expect((await signIn(email, PASSWORD, { origin: second })).status).toBe(429);
    expect((await signIn(email, PASSWORD)).status).toBe(429);
  });

  it('slows the owner down but never locks them out: after the wait the right password works', async () => {
    const email = 'admin@preceptor.test';
    for (let i = 0; i < 10; i++) expect((await signIn(email, `wrong-${i}`)).status).toBe(403);
    const blocked = await signIn(email, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(await errorMessage(blocked)).toMatch(/Try again in 30 seconds/);

    // The wait is short at first and refused attempts do not lengthen it.
    await letTimePass(30);
    expect((await signIn(email, 'wrong-again')).status).toBe(403);
    expect(await errorMessage(await signIn(email, PASSWORD))).toMatch(/Try again in 1 minute/);
    await letTimePass(MINUTE);
    const owner = await signIn(email, PASSWORD);
    expect(owner.status).toBe(200);
  });
});

describe('X-Forwarded-For', () => {
  it('refuses TRUST_PROXY=true, which would believe any client', () => {
    expect(() => parseEnv({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: .*addresses of the proxies/);
    expect(() => parseEnv({ TRUST_PROXY: '1' })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ TRUST_PROXY: 'proxy.example.org' })).toThrow(/not a proxy address/);
    expect(parseEnv({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24,loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.5',
      '10.0.1.0/24',
      'loopback',
    ]);
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
  });

  it('a forged address does not reset the per-address limit nor reach the audit log', async () => {
    // Behind one proxy (here: the test itself, on 127.0.0.1), which appends the real client.
    const origin = await startServer({ TRUST_PROXY: '127.0.0.1' });
    const attacker = '203.0.113.9';
    const forged = (i: number) => ({ 'x-forwarded-for': `198.51.100.${i % 250}, ${attacker}` });
    for (let round = 0; round < 5; round++) {
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, j) => {
          const i = round * 20 + j;
          return signIn(`nobody${i}@example.org`, 'guess', { origin, headers: forged(i) });
        }),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(403));
    }
    const refused = await signIn('nobody-else@example.org', 'guess', {
      origin,
      headers: { 'x-forwarded-for': `192.0.2.77, ${attacker}` },
    });
    expect(refused.status).toBe(429);

    // Another client behind the same proxy is not affected, and the audit log names it, not the forgery.
    const email = 'coordinator2@preceptor.test';
    const other = await signIn(email, PASSWORD, {
      origin,
      headers: { 'x-forwarded-for': '192.0.2.1, 203.0.113.10' },
    });
    expect(other.status).toBe(200);
    const entry = await app.prisma.auditLog.findFirstOrThrow({
      where: { action: 'auth.sign_in', actor: { email } },
      orderBy: { createdAt: 'desc' },
    });
    expect(entry.ipAddress).toBe('203.0.113.10');
  });
});

describe('sessions', () => {
  it('ends a session 90 days after sign-in, however often it is used', async () => {
    const email = 'mentor@preceptor.test';
    const response = await signIn(email, PASSWORD);
    const token = cookieFrom(response, 'preceptor_session')?.split(';')[0];
    expect(token).toBeDefined();
    const me = async () => {
      const res = await fetch(`${app.origin}/trpc/auth.me`, { headers: { cookie: token as string } });
      return JSON.stringify(await res.json());
    };
    const signedInAt = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Used every two weeks, the sliding expiry alone would keep it alive forever.
      for (let day = 14; day <= 84; day += 14) {
        vi.setSystemTime(signedInAt + day * 24 * 60 * 60 * 1000);
        expect(await me()).toContain(email);
      }
      vi.setSystemTime(signedInAt + 90 * 24 * 60 * 60 * 1000 + 1000);
      expect(await me()).not.toContain(email);
    } finally {
      vi.useRealTimers();
    }
    expect(await sessionsOf(email)).toBe(0);
  });

  it('over https the cookie is __Host-preceptor_session: host-only, Secure, Path=/', async () => {
    const server = await startServer({ TRUST_PROXY: '127.0.0.1' });
    const httpsOrigin = server.replace('http://', 'https://');
    const proxied = { origin: server, headers: { 'x-forwarded-proto': 'https', origin: httpsOrigin } };
    const response = await signIn('mentee@preceptor.test', PASSWORD, proxied);
    expect(response.status).toBe(200);
    const cookie = cookieFrom(response, '__Host-preceptor_session') ?? '';
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(cookieFrom(response, 'preceptor_session')).toBeUndefined();

    const me = await fetch(`${server}/trpc/auth.me`, {
      headers: { 'x-forwarded-proto': 'https', cookie: cookie.split(';')[0] as string },
    });
    expect(JSON.stringify(await me.json())).toContain('mentee@preceptor.test');
  });
});

describe('guessing the current password on a password change', () => {
  it('is throttled for the session holder, and the owner is back in after a short wait', async () => {
    const email = 'coordinator@preceptor.test';
    const signedIn = await signIn(email, PASSWORD);
    const cookie = cookieFrom(signedIn, 'preceptor_session')?.split(';')[0] as string;
    const change = (currentPassword: string) =>
      call(
        'auth.changePassword',
        { currentPassword, newPassword: 'a-brand-new-passphrase' },
        { headers: { cookie } },
      );

    for (let i = 0; i < 10; i++) expect((await change(`wrong-${i}`)).status).toBe(400);
    const guessed = await change(PASSWORD);
    expect(guessed.status).toBe(429);
    expect(await errorMessage(guessed)).toMatch(/Too many password attempts/);

    // The guessing did not lock the account itself: its owner still signs in.
    expect((await signIn(email, PASSWORD)).status).toBe(200);

    // Each further attempt doubles the wait, capped; it ends, so the owner gets through.
    await letTimePass(30);
    expect((await change('wrong-again')).status).toBe(400);
    expect((await change(PASSWORD)).status).toBe(429);
    await letTimePass(MINUTE);
    expect((await change(PASSWORD)).status).toBe(200);
  });
});
