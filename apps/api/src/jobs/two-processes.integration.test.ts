import { seedDemoData } from '@preceptor/db/seed';
import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/sessions.ts';
import {
  client as clientOf,
  freePort,
  type ServerProcess,
  signIn as signInAt,
  startServer,
  stopServer,
  until,
} from '../testing/server-processes.ts';
import { type SmtpInbox, startSmtpInbox } from '../testing/smtp-inbox.ts';

/*
 * Two real server processes (main.ts, as deployed) on one PostgreSQL database, behind one public
 * origin as a reverse proxy would put them: sessions, the sign-in throttle, scheduled jobs and
 * email all happen once, whichever process a request or a job lands on.
 */

let db: TestDatabase;
let inbox: SmtpInbox;
const servers: ServerProcess[] = [];
let publicOrigin = '';

function client(server: ServerProcess, cookie?: string) {
  return clientOf(server, publicOrigin, cookie);
}

function signIn(server: ServerProcess, email: string, password: string): Promise<Response> {
  return signInAt(server, publicOrigin, email, password);
}

/** The minutes (ISO, to the minute) in which a process logged a finished run of this job. */
function runMinutes(server: ServerProcess, job: string): string[] {
  return server.output
    .split('\n')
    .filter((line) => line.includes('"msg":"Job done"') && line.includes(`"job":"${job}"`))
    .map((line) => new Date((JSON.parse(line) as { time: number }).time).toISOString().slice(0, 16));
}

beforeAll(async () => {
  db = await createTestDatabase();
  if (!db.url) return;
  await seedDemoData(db.prisma);
  inbox = await startSmtpInbox();
  const ports = [await freePort(), await freePort()];
  publicOrigin = `http://127.0.0.1:${ports[0]}`;
  const env = {
    DATABASE_URL: db.url,
    PRECEPTOR_DEMO: 'true',
    PUBLIC_ORIGIN: publicOrigin,
    SMTP_URL: inbox.url,
    LOG_LEVEL: 'info',
  };
  servers.push(...(await Promise.all(ports.map((port) => startServer(port, env)))));
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map(stopServer));
  await inbox?.close();
  await db?.drop();
});

describe('two server processes on one PostgreSQL database', () => {
  it('accepts a session made on one process on the other, and ends it everywhere', async (ctx) => {
    if (!db.url) return ctx.skip('needs the PostgreSQL test server');
    const [one, two] = servers as [ServerProcess, ServerProcess];
    const response = await signIn(one, 'mentor@preceptor.test', 'preceptor-demo');
    expect(response.status).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('preceptor_session='))
      ?.split(';')[0];
    expect(cookie).toBeTruthy();
    expect((await client(two, cookie).auth.me.query())?.email).toBe('mentor@preceptor.test');
    await client(two, cookie).auth.signOut.mutate();
    expect(await client(one, cookie).auth.me.query()).toBeNull();
  });

  it('shares the sign-in throttle', async (ctx) => {
    if (!db.url) return ctx.skip('needs the PostgreSQL test server');
    const [one, two] = servers as [ServerProcess, ServerProcess];
    for (let i = 0; i < 10; i++) {
      expect((await signIn(i % 2 === 0 ? one : two, 'mentee2@preceptor.test', `wrong-${i}`)).status).toBe(
        403,
      );
    }
    expect((await signIn(two, 'mentee2@preceptor.test', 'preceptor-demo')).status).toBe(429);
    expect((await signIn(one, 'mentee2@preceptor.test', 'preceptor-demo')).status).toBe(429);
  });

  it('runs each scheduled job once and sends each email once', async (ctx) => {
    if (!db.url) return ctx.skip('needs the PostgreSQL test server');
    const [one, two] = servers as [ServerProcess, ServerProcess];
    const admin = await db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@preceptor.test' } });
    const { token } = await createSession(db.prisma, admin.id, { ipAddress: null, userAgent: 'test' });
    const cookie = `preceptor_session=${token}`;
    const smh = await db.prisma.hospital.findUniqueOrThrow({ where: { code: 'SMH' } });
    // Emails queued through both processes: a reset and three invitations.
    const recipients = ['mentor2@preceptor.test'];
    await client(one, cookie).people.issueSetupLink.mutate({
      personId: (await db.prisma.user.findUniqueOrThrow({ where: { email: 'mentor2@preceptor.test' } })).id,
    });
    for (const n of [1, 2, 3]) {
      const email = `two.processes.${n}@stmarys.example`;
      recipients.push(email);
      await client(n % 2 === 0 ? one : two, cookie).people.create.mutate({
        email,
        firstName: 'Two',
        lastName: `Processes ${n}`,
        hospitalId: smh.id,
        profile: null,
      });
    }
    expect(await db.prisma.outboxEmail.count({ where: { toAddress: { in: recipients } } })).toBe(4);

    // The delivery job runs every minute; both processes watch the schedule.
    await until(() => recipients.every((address) => inbox.to(address).length > 0), 150_000);
    // Long enough for the other process's next look at the schedule (every 30 s).
    await new Promise((resolve) => setTimeout(resolve, 35_000));

    for (const address of recipients) expect(inbox.to(address), address).toHaveLength(1);
    expect(
      await db.prisma.outboxEmail.count({
        where: { toAddress: { in: recipients }, status: 'sent', attempts: 1 },
      }),
    ).toBe(4);
    const minutes = [...runMinutes(one, 'email.deliver-outbox'), ...runMinutes(two, 'email.deliver-outbox')];
    expect(minutes.length).toBeGreaterThanOrEqual(1);
    expect(new Set(minutes).size).toBe(minutes.length);
  }, 240_000);
});
