import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../mail/smtp-mailer.ts';
import { testServiceContext } from '../../testing/service-context.ts';
import { type SmtpInbox, startSmtpInbox } from '../../testing/smtp-inbox.ts';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';
import { deliverOutbox } from '../email/deliver-outbox.ts';

/* With a mail server configured, set-password links go to the person through the outbox and staff learn only that. */

let inbox: SmtpInbox;
let app: TestApp;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  app = await startTestApp({ smtpUrl: inbox.url });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await inbox?.close();
});

/** What the delivery job does every minute. */
async function deliver(): Promise<void> {
  const config = { publicOrigin: app.origin, smtpFrom: null, programmeName: 'Preceptor test programme' };
  await deliverOutbox({
    ...testServiceContext(app.prisma, { clock: { now: () => new Date() } }),
    config,
    mailer: createSmtpMailer(inbox.url, config),
  });
}

/** The token in a mail's text. */
function tokenIn(decoded: string): string | undefined {
  return /set-password\?token=([A-Za-z0-9_-]+)/.exec(decoded)?.[1];
}

describe('set-password links by email', () => {
  it('emails a reset to a person who has a password; staff see only that it was sent, and it works', async () => {
    const coordinator = await app.clientFor('coordinator@preceptor.test');
    const menteeId = await app.userId('mentee@preceptor.test');
    const link = await coordinator.people.issueSetupLink.mutate({ personId: menteeId });
    expect(link).toMatchObject({ emailed: true, path: null });
    const queued = await app.prisma.outboxEmail.findFirstOrThrow({ where: { recipientId: menteeId } });
    expect(queued).toMatchObject({ kind: 'account.password_reset', status: 'queued' });

    await deliver();
    const [mail, ...more] = inbox.to('mentee@preceptor.test');
    expect(more).toHaveLength(0);
    expect(mail?.header('subject')).toBe('Reset your Preceptor password');
    // Account mail cannot be turned off, so it has no unsubscribe header.
    expect(mail?.header('list-unsubscribe')).toBeUndefined();
    const token = tokenIn(mail?.decoded ?? '') as string;
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
    await deliver();
    const [mail] = inbox.to('mailed.newcomer@stmarys.example');
    expect(mail?.header('subject')).toBe('You are invited to Preceptor');
    expect(tokenIn(mail?.decoded ?? '')).toBeTruthy();
  });
});
