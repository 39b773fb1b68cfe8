// Attacks over HTTP that got through, each replayed against the real server on PostgreSQL.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '@preceptor/db/seed';
import { DomainError, type DomainErrorCode } from '@preceptor/domain/errors';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/sessions.ts';
import { INTERNAL_ERROR_MESSAGE } from '../errors/domain-error-responses.ts';
import { buildServer } from '../server.ts';
import { assertNoPublishedDemoPassword } from '../startup/published-demo-password.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

let app: TestApp;
let portalDist: string;
/** The same database behind a second, not-yet-listening server: it serves the portal and takes probe routes. */
let portalServer: FastifyInstance;

beforeAll(async () => {
  app = await startTestApp();
  portalDist = mkdtempSync(path.join(tmpdir(), 'preceptor-portal-'));
  writeFileSync(
    path.join(portalDist, 'index.html'),
    '<!doctype html><title>Preceptor</title><div id="root"></div>',
  );
  portalServer = await buildServer({ prisma: app.prisma, portalDist, trustProxy: ['loopback'] });
  portalServer.get('/probe/domain/:code', async (req) => {
    const { code } = req.params as { code: DomainErrorCode };
    throw new DomainError(code, 'A sentence written for the person.');
  });
  portalServer.get('/probe/internal', async () => {
    throw new Error('connect ECONNREFUSED 10.0.0.5:5432 (user preceptor_owner)');
  });
}, 120_000);

afterAll(async () => {
  await portalServer?.close();
  await app?.close();
  if (portalDist) rmSync(portalDist, { recursive: true, force: true });
});

async function signedInCookie(email: string): Promise<string> {
  const { token } = await createSession(app.prisma, await app.userId(email), {
    ipAddress: null,
    userAgent: 'test',
  });
  return `preceptor_session=${token}`;
}

interface StartOutcome {
  /** null while the server was still running (it printed that it is ready and was stopped). */
  exitCode: number | null;
  output: string;
}

/** Starts the real entry point (main.ts) on the test database and waits until it is ready or gives up. */
function startMain(env: Record<string, string>): Promise<StartOutcome> {
  const apiRoot = fileURLToPath(new URL('../..', import.meta.url));
  const child = spawn(path.join(apiRoot, 'node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: apiRoot,
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '', PRECEPTOR_DEMO: '', ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Preceptor is ready')) {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve({ exitCode: null, output }));
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (exitCode) => resolve({ exitCode, output }));
    child.once('error', reject);
  });
}

/** The CSP as directive → sources. */
function cspOf(header: string | null | undefined): Map<string, string[]> {
  const directives = (header ?? '').split(';').map((part) => part.trim().split(/\s+/));
  return new Map(directives.filter(([name]) => name).map(([name, ...sources]) => [name as string, sources]));
}

function expectSecurityHeaders(headers: Record<string, unknown>, where: string): void {
  const csp = cspOf(headers['content-security-policy'] as string | undefined);
  expect(csp.get('default-src'), where).toEqual(["'self'"]);
  expect(csp.get('script-src'), where).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors'), where).toEqual(["'none'"]);
  expect(csp.get('object-src'), where).toEqual(["'none'"]);
  expect(headers['x-frame-options'], where).toBe('DENY');
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['referrer-policy'], where).toBe('no-referrer');
  expect(headers['strict-transport-security'], `${where} over plain http`).toBeUndefined();
}

describe('attack 4: security headers on every response', () => {
  it('sends a strict CSP, no framing, nosniff and no Referer on the portal, tRPC, health and refusals', async () => {
    const responses = {
      'the portal index': await portalServer.inject({ url: '/', headers: { accept: 'text/html' } }),
      'a portal deep link': await portalServer.inject({
        url: '/set-password?token=x',
        headers: { accept: 'text/html' },
      }),
      '/health': await portalServer.inject({ url: '/health' }),
      'a tRPC query': await portalServer.inject({ url: '/trpc/auth.me' }),
      'a refused mutation': await portalServer.inject({
        method: 'POST',
        url: '/trpc/auth.signOut',
        headers: { origin: 'https://evil.example' },
      }),
      'a certificate refusal': await portalServer.inject({ url: '/certificates/nothing.pdf' }),
    };
    expect(responses['the portal index'].body).toContain('<div id="root">');
    expect(responses['a portal deep link'].body).toContain('<div id="root">');
    for (const [where, response] of Object.entries(responses)) expectSecurityHeaders(response.headers, where);
  });

  it('sends the headers from the listening server too (/ and /trpc over a real socket)', async () => {
    for (const url of [`${app.origin}/`, `${app.origin}/health`, `${app.origin}/trpc/auth.me`]) {
      const response = await fetch(url);
      expectSecurityHeaders(Object.fromEntries(response.headers), url);
    }
  });

  it('adds HSTS only when the request came over https', async () => {
    const secure = await portalServer.inject({ url: '/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    const plain = await portalServer.inject({ url: '/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('keeps inline script out of the portal page, which the CSP would block', () => {
    const index = readFileSync(fileURLToPath(new URL('../../../portal/index.html', import.meta.url)), 'utf8');
    const scripts = [...index.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(index).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

describe('attack 5: cross-origin state changes, however the path is spelled', () => {
  const signIn = JSON.stringify({ json: { email: 'mentee@preceptor.test', password: DEMO_PASSWORD } });
  const spellings = [
    '/trpc/auth.signIn',
    '/%74rpc/auth.signIn',
    '/%74%72%70%63/auth.signIn',
    '/tr%70c/auth.signIn',
  ];

  it('refuses a sign-in from another origin and sets no cookie', async () => {
    for (const spelling of spellings) {
      const response = await fetch(`${app.origin}${spelling}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
        body: signIn,
      });
      expect(response.status, spelling).toBe(403);
      expect(response.headers.getSetCookie(), spelling).toEqual([]);
    }
  });

  it('refuses every state-changing method without our Origin, on any path', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const url of ['/%74rpc/auth.signOut', '/health', '/certificates/x.pdf', '/anything']) {
        const evil = await fetch(`${app.origin}${url}`, {
          method,
          headers: { origin: 'https://evil.example' },
        });
        expect(evil.status, `${method} ${url} from evil.example`).toBe(403);
        const none = await fetch(`${app.origin}${url}`, { method });
        expect(none.status, `${method} ${url} without Origin`).toBe(403);
      }
    }
  });

  it('still lets the portal itself sign in, and anyone read', async () => {
    const ours = await fetch(`${app.origin}/%74rpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.origin },
      body: signIn,
    });
    expect(ours.status).toBe(200);
    const read = await fetch(`${app.origin}/%74rpc/auth.me`, { headers: { origin: 'https://evil.example' } });
    expect(read.status).toBe(200);
  });
});

describe('errors on plain HTTP routes: mapped by code, internals masked', () => {
  it('masks a database failure behind the certificate route', async () => {
    const module = await app.prisma.module.findFirstOrThrow({ select: { id: true } });
    const cookie = await signedInCookie('mentee@preceptor.test');
    await app.prisma.$executeRawUnsafe('ALTER TABLE "ModuleProgress" RENAME TO "ModuleProgressHidden"');
    try {
      const response = await fetch(`${app.origin}/certificates/${module.id}.pdf`, { headers: { cookie } });
      const body = await response.text();
      expect(response.status).toBe(500);
      expect(JSON.parse(body)).toEqual({ error: INTERNAL_ERROR_MESSAGE });
      expect(body).not.toMatch(/ModuleProgress|table|prisma/i);
    } finally {
      await app.prisma.$executeRawUnsafe('ALTER TABLE "ModuleProgressHidden" RENAME TO "ModuleProgress"');
    }
  });

  it("keeps the certificate route's own refusal: 404 with its sentence", async () => {
    const module = await app.prisma.module.findFirstOrThrow({ select: { id: true } });
    const cookie = await signedInCookie('coordinator@preceptor.test');
    const response = await fetch(`${app.origin}/certificates/${module.id}.pdf`, { headers: { cookie } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: 'There is no certificate for this module yet: complete it first.',
    });
  });

  it('maps every domain error code to its status and masks anything else', async () => {
    const expected: Record<DomainErrorCode, number> = {
      BAD_INPUT: 400,
      NOT_FOUND: 404,
      FORBIDDEN: 403,
      CONFLICT: 409,
      PRECONDITION_FAILED: 412,
      TOO_MANY_REQUESTS: 429,
    };
    for (const [code, status] of Object.entries(expected)) {
      const response = await portalServer.inject({ url: `/probe/domain/${code}` });
      expect(response.statusCode, code).toBe(status);
      expect(response.json(), code).toEqual({ error: 'A sentence written for the person.' });
    }
    const internal = await portalServer.inject({ url: '/probe/internal' });
    expect(internal.statusCode).toBe(500);
    expect(internal.json()).toEqual({ error: INTERNAL_ERROR_MESSAGE });
    expect(internal.body).not.toMatch(/ECONNREFUSED|preceptor_owner/);
  });
});

describe('attack 7: demo accounts with the published password on a real deployment', () => {
  const realDeployment = { DATABASE_URL: 'postgresql://db.example/preceptor', PRECEPTOR_DEMO: false };

  it('refuses to start on DATABASE_URL while seeded demo accounts keep the published password', async () => {
    await expect(assertNoPublishedDemoPassword(app.prisma, realDeployment)).rejects.toThrow(
      /demo account\(s\) still have the published demo password \(.*admin@preceptor\.test.*PRECEPTOR_DEMO=true/,
    );
  });

  it('main.ts refuses to serve such a database, and serves it as a declared demo on 127.0.0.1', async (ctx) => {
    if (!app.databaseUrl)
      return ctx.skip('needs the PostgreSQL test server (main.ts opens the database by URL)');
    const refused = await startMain({ DATABASE_URL: app.databaseUrl });
    expect(refused.exitCode).toBe(1);
    expect(refused.output).toMatch(
      /Preceptor could not start: \d+ demo account\(s\) still have the published/,
    );
    expect(refused.output).not.toContain('Preceptor is ready');

    const demo = await startMain({ DATABASE_URL: app.databaseUrl, PRECEPTOR_DEMO: 'true' });
    expect(demo.exitCode).toBeNull();
    expect(demo.output).toContain('Demo mode: PostgreSQL (PRECEPTOR_DEMO=true) with demo accounts');
    expect(demo.output).toContain('listening on 127.0.0.1 only');
  }, 90_000);

  it('starts when the server is declared a demo, or runs on the embedded database', async () => {
    await expect(
      assertNoPublishedDemoPassword(app.prisma, { ...realDeployment, PRECEPTOR_DEMO: true }),
    ).resolves.toBeUndefined();
    await expect(
      assertNoPublishedDemoPassword(app.prisma, { DATABASE_URL: undefined, PRECEPTOR_DEMO: false }),
    ).resolves.toBeUndefined();
  });

  it('starts once no demo account has the published password any more', async () => {
    const admin = await app.prisma.user.findUniqueOrThrow({
      where: { email: 'admin@preceptor.test' },
      select: { passwordHash: true },
    });
    const published = admin.passwordHash as string;
    const demoPeople = await app.prisma.user.findMany({
      where: { passwordHash: published },
      select: { id: true },
    });
    const ids = demoPeople.map((person) => person.id);
    // Stand-in for every demo person choosing a password of their own (or being removed).
    await app.prisma.user.updateMany({ where: { id: { in: ids } }, data: { passwordHash: null } });
    try {
      await expect(assertNoPublishedDemoPassword(app.prisma, realDeployment)).resolves.toBeUndefined();
      // One account left on the published password is enough to refuse.
      await app.prisma.user.update({
        where: { email: 'mentee2@preceptor.test' },
        data: { passwordHash: published },
      });
      await expect(assertNoPublishedDemoPassword(app.prisma, realDeployment)).rejects.toThrow(
        /^1 demo account\(s\) still have the published demo password \(mentee2@preceptor\.test\)/,
      );
    } finally {
      await app.prisma.user.updateMany({ where: { id: { in: ids } }, data: { passwordHash: published } });
    }
  });
});
