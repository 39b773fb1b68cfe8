import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { hashToken } from './session-token.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${app.origin}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.origin, ...headers },
    body: JSON.stringify({ json: body }),
  });
}

function sessionToken(response: Response): string | null {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('preceptor_session='));
  return cookie ? (cookie.split(';')[0]?.split('=')[1] ?? null) : null;
}

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { json?: { message?: string } } };
  return body.error?.json?.message ?? '';
}

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and stores only the token’s SHA-256', async () => {
    const response = await post('auth.signIn', {
      email: 'Mentee@Preceptor.test',
      password: 'preceptor-demo',
    });
    expect(response.status).toBe(200);
    const header = response.headers.getSetCookie().join('\n');
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).not.toMatch(/Secure/); // plain http in tests; https gets Secure
    const token = sessionToken(response);
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    const stored = await app.prisma.session.findUnique({ where: { id: hashToken(token as string) } });
    expect(stored).not.toBeNull();
    expect(await app.prisma.session.findUnique({ where: { id: token as string } })).toBeNull();
  });

  it('gives the same message for an unknown email and a wrong password', async () => {
    const unknown = await post('auth.signIn', { email: 'nobody@preceptor.test', password: 'preceptor-demo' });
    const wrong = await post('auth.signIn', { email: 'mentor@preceptor.test', password: 'wrong-password' });
    expect(unknown.status).toBe(wrong.status);
    expect(await errorMessage(unknown)).toBe('Email or password is incorrect.');
    expect(await errorMessage(wrong)).toBe('Email or password is incorrect.');
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    const email = 'mentor2@preceptor.test';
    for (let i = 0; i < 10; i++) await post('auth.signIn', { email, password: `wrong-${i}` });
    const blocked = await post('auth.signIn', { email, password: 'preceptor-demo' });
    expect(blocked.status).toBe(429);
    expect(await errorMessage(blocked)).toMatch(/Too many sign-in attempts/);
  });

  it('refuses a deactivated person', async () => {
    await app.prisma.user.update({
      where: { email: 'coordinator2@preceptor.test' },
      data: { active: false },
    });
    const response = await post('auth.signIn', {
      email: 'coordinator2@preceptor.test',
      password: 'preceptor-demo',
    });
    expect(await errorMessage(response)).toBe('Email or password is incorrect.');
    await app.prisma.user.update({ where: { email: 'coordinator2@preceptor.test' }, data: { active: true } });
  });

  it('answers malformed input with a clear 400, never a 500', async () => {
    const response = await post('auth.signIn', { email: 'not-an-email', password: '' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { json: { message: string; data: { fieldErrors: Record<string, string[]> } } };
    };
    expect(body.error.json.data.fieldErrors.email?.[0]).toMatch(/valid email/);
    // Sentences naming the field, not zod's issue list as JSON.
    expect(body.error.json.message).toMatch(/^Please check your input\. email: .*valid email/);
    expect(body.error.json.message).not.toContain('[');
    const garbage = await fetch(`${app.origin}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.origin },
      body: '{not json',
    });
    expect(garbage.status).toBeLessThan(500);
  });
});

describe('cross-origin requests', () => {
  it('refuses a mutation from another origin or with no origin', async () => {
    const evil = await post(
      'auth.signIn',
      { email: 'mentee@preceptor.test', password: 'preceptor-demo' },
      {
        origin: 'https://evil.example',
      },
    );
    expect(evil.status).toBe(403);
    const none = await fetch(`${app.origin}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { email: 'mentee@preceptor.test', password: 'preceptor-demo' } }),
    });
    expect(none.status).toBe(403);
  });
});

describe('sessions', () => {
  it('slides the expiry of a session used in its second half', async () => {
    const client = await app.clientFor('mentee@preceptor.test');
    const session = await app.prisma.session.findFirstOrThrow({
      where: { user: { email: 'mentee@preceptor.test' } },
      orderBy: { createdAt: 'desc' },
    });
    const soon = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    await app.prisma.session.update({ where: { id: session.id }, data: { expiresAt: soon } });
    expect(await client.auth.me.query()).not.toBeNull();
    const renewed = await app.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 60 * 60 * 1000);
  });

  it('re-sends the cookie only when the sliding expiry moves the session’s end', async () => {
    const signIn = await post('auth.signIn', { email: 'mentee@preceptor.test', password: 'preceptor-demo' });
    const token = sessionToken(signIn) as string;
    const read = () =>
      fetch(`${app.origin}/trpc/auth.me`, { headers: { cookie: `preceptor_session=${token}` } });

    const early = await read();
    expect(early.status).toBe(200);
    expect(early.headers.getSetCookie()).toEqual([]);

    const soon = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    await app.prisma.session.update({ where: { id: hashToken(token) }, data: { expiresAt: soon } });
    const due = await read();
    const cookie = due.headers.getSetCookie().find((c) => c.startsWith('preceptor_session=')) ?? '';
    const renewed = await app.prisma.session.findUniqueOrThrow({ where: { id: hashToken(token) } });
    expect(cookie).toContain(`preceptor_session=${token};`);
    expect(cookie).toContain(`Expires=${renewed.expiresAt.toUTCString()}`);
  });

  it('treats an expired session as signed out and deletes it', async () => {
    const client = await app.clientFor('mentor@preceptor.test');
    const session = await app.prisma.session.findFirstOrThrow({
      where: { user: { email: 'mentor@preceptor.test' } },
      orderBy: { createdAt: 'desc' },
    });
    await app.prisma.session.update({
      where: { id: session.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await client.auth.me.query()).toBeNull();
    expect(await app.prisma.session.findUnique({ where: { id: session.id } })).toBeNull();
  });

  it('revokes every session on a password change and keeps the changing browser signed in', async () => {
    const email = 'admin@preceptor.test';
    const other = await app.clientFor(email);
    const signIn = await post('auth.signIn', { email, password: 'preceptor-demo' });
    const cookie = `preceptor_session=${sessionToken(signIn)}`;
    const change = await post(
      'auth.changePassword',
      { currentPassword: 'preceptor-demo', newPassword: 'a-brand-new-passphrase' },
      { cookie },
    );
    expect(change.status).toBe(200);
    expect(await other.auth.me.query()).toBeNull();
    const newToken = sessionToken(change);
    expect(newToken).not.toBeNull();
    const me = await fetch(`${app.origin}/trpc/auth.me`, {
      headers: { cookie: `preceptor_session=${newToken}` },
    });
    expect(JSON.stringify(await me.json())).toContain(email);
    // Put the demo password back for other tests.
    await post(
      'auth.changePassword',
      { currentPassword: 'a-brand-new-passphrase', newPassword: 'preceptor-demo-again' },
      { cookie: `preceptor_session=${newToken}` },
    );
  });

  it('signs out: the session is gone and the cookie cleared', async () => {
    const signIn = await post('auth.signIn', { email: 'mentee2@preceptor.test', password: 'preceptor-demo' });
    const token = sessionToken(signIn) as string;
    const out = await post('auth.signOut', {}, { cookie: `preceptor_session=${token}` });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().join()).toMatch(/preceptor_session=;/);
    expect(await app.prisma.session.findUnique({ where: { id: hashToken(token) } })).toBeNull();
  });
});

describe('health', () => {
  it('reports the database as reachable', async () => {
    const response = await fetch(`${app.origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok', queue: { running: false } });
  });
});
