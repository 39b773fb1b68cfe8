import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';

/* With a mail server configured, set-password links go to the person and staff learn only that. */

interface Mail {
  to: string[];
  text: string;
}

const received: Mail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      received.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        text: Buffer.concat(chunks).toString('utf8'),
      });
      callback();
    });
  },
});
let app: TestApp;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  app = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** The token in a mail's (quoted-printable) body. */
function tokenIn(raw: string): string | undefined {
  const text = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return /set-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
}

describe('set-password links by email', () => {
  it('emails a reset to a person who has a password; staff see only that it was sent, and it works', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const menteeId = await app.userId('mentee@preceptor.test');
    const link = await coordinator.people.issueSetupLink.mutate({ personId: menteeId });
    expect(link).toMatchObject({ emailed: true, path: null });

    const mail = received.find((m) => m.to.includes('mentee@preceptor.test'));
    expect(mail?.text).toContain('Subject: Reset your Preceptor password');
    const token = tokenIn(mail?.text ?? '') as string;
    expect(token).toBeTruthy();

    const anonymous = app.anonymous();
    await anonymous.auth.setPassword.mutate({ token, password: 'a-fresh-long-password' });
    await anonymous.auth.signIn.mutate({ email: 'mentee@preceptor.test', password: 'a-fresh-long-password' });

    const audit = await app.prisma.auditLog.findFirstOrThrow({
      where: { action: 'person.setup_link', entityId: menteeId },
      select: { actorId: true, metadata: true },
    });
    expect(audit).toEqual({
      actorId: await app.userId('coordinator@preceptor.test'),
      metadata: { purpose: 'reset', delivery: 'emailed to the person' },
    });
  });

  it('emails a newcomer their first link instead of showing it to staff', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const smh = await app.prisma.hospital.findUniqueOrThrow({ where: { code: 'SMH' } });
    const created = await coordinator.people.create.mutate({
      email: 'mailed.newcomer@stmarys.example',
      firstName: 'Mailed',
      lastName: 'Newcomer',
      hospitalId: smh.id,
      profile: null,
    });
    expect(created.setupLink).toMatchObject({ emailed: true, path: null });
    const mail = received.find((m) => m.to.includes('mailed.newcomer@stmarys.example'));
    expect(mail?.text).toContain('Set your Preceptor password');
  });
});
