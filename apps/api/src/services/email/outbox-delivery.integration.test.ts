import type { EmailKind } from '@preceptor/domain/notifications/email-kinds';
import { MAX_EMAIL_ATTEMPTS } from '@preceptor/domain/notifications/email-retry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueEmail } from '../../mail/queue-email.ts';
import { createSmtpMailer } from '../../mail/smtp-mailer.ts';
import { defineEmailTemplate } from '../../mail/templates/email-template.ts';
import { fixedClock, testServiceContext } from '../../testing/service-context.ts';
import { type SmtpInbox, startSmtpInbox } from '../../testing/smtp-inbox.ts';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';
import type { ServiceContext } from '../service-context.ts';
import { deliverOutbox } from './deliver-outbox.ts';
import { sendDigests } from './send-digests.ts';

/* The outbox over a real SMTP server: what arrives, retries, once across runs, digests, unsubscribe. */

const reminder = defineEmailTemplate<{ module: string }>({
  name: 'test-module-reminder',
  subject: (data) => `${data.module} is due soon`,
  text: 'Your module <%= it.module %> is due on Friday.',
  html: '<p>Your module <strong><%= it.module %></strong> is due on Friday.</p>',
});

let app: TestApp;
let inbox: SmtpInbox;
const clock = fixedClock(new Date('2030-05-06T08:00:00Z'));
let ctx: ServiceContext;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  app = await startTestApp({ smtpUrl: inbox.url });
  const config = { publicOrigin: app.origin, smtpFrom: null, programmeName: 'Preceptor test programme' };
  ctx = { ...testServiceContext(app.prisma, { clock }), config, mailer: createSmtpMailer(inbox.url, config) };
}, 120_000);

afterAll(async () => {
  await app?.close();
  await inbox?.close();
});

async function newPerson(): Promise<{ id: string; email: string }> {
  return app.prisma.user.create({
    data: { email: `outbox-${crypto.randomUUID()}@preceptor.test`, firstName: 'Ada', lastName: 'Tester' },
    select: { id: true, email: true },
  });
}

async function queueReminder(
  recipientId: string,
  module = 'Informed consent',
  kind: EmailKind = 'reminder.module_due',
) {
  return queueEmail(app.prisma, ctx, {
    recipientId,
    kind,
    idempotencyKey: `test:${recipientId}:${module}`,
    template: reminder,
    data: { module },
  });
}

const later = (minutes: number) => clock.set(new Date(clock.now().getTime() + minutes * 60_000));

describe('delivering the outbox', () => {
  it('sends HTML and text with one-click unsubscribe headers, and marks the email sent', async () => {
    const person = await newPerson();
    await queueReminder(person.id);
    expect(await deliverOutbox(ctx)).toMatchObject({ sent: 1, retrying: 0, failed: 0 });

    const [mail, ...more] = inbox.to(person.email);
    expect(more).toHaveLength(0);
    expect(mail?.header('subject')).toBe('Informed consent is due soon');
    expect(mail?.header('content-type')).toMatch(/^multipart\/alternative/);
    expect(mail?.decoded).toContain('Your module Informed consent is due on Friday.');
    expect(mail?.decoded).toContain('<strong>Informed consent</strong>');
    const listUnsubscribe = mail?.header('list-unsubscribe') ?? '';
    expect(listUnsubscribe).toMatch(new RegExp(`^<${app.origin}/email/unsubscribe\\?token=[a-z2-7]{32}>$`));
    expect(mail?.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // The footer's link is the same one.
    expect(mail?.decoded).toContain(listUnsubscribe.slice(1, -1));

    const row = await app.prisma.outboxEmail.findFirstOrThrow({ where: { recipientId: person.id } });
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: clock.now() });
    expect(await deliverOutbox(ctx)).toMatchObject({ sent: 0 });
    expect(inbox.to(person.email)).toHaveLength(1);
  });

  it('retries after a failure with a growing wait, and the retry sends once', async () => {
    const person = await newPerson();
    await queueReminder(person.id);
    inbox.refuseNext(1);
    expect(await deliverOutbox(ctx)).toMatchObject({ sent: 0, retrying: 1 });
    const waiting = await app.prisma.outboxEmail.findFirstOrThrow({ where: { recipientId: person.id } });
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 });
    expect(waiting.lastError).toMatch(/451|busy/i);
    expect(waiting.nextAttemptAt).toEqual(new Date(clock.now().getTime() + 60_000));

    expect(await deliverOutbox(ctx)).toMatchObject({ sent: 0 }); // not due yet
    later(1);
    expect(await deliverOutbox(ctx)).toMatchObject({ sent: 1 });
    later(10);
    expect(await deliverOutbox(ctx)).toMatchObject({ sent: 0 });
    expect(inbox.to(person.email)).toHaveLength(1);
    expect(
      await app.prisma.outboxEmail.findFirstOrThrow({ where: { recipientId: person.id } }),
    ).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
    });
  });

  it('marks an email failed, with the error, after the last attempt', async () => {
    const person = await newPerson();
    await queueReminder(person.id);
    inbox.refuseNext(MAX_EMAIL_ATTEMPTS);
    for (let attempt = 1; attempt <= MAX_EMAIL_ATTEMPTS; attempt++) {
      await deliverOutbox(ctx);
      later(60);
    }
    const row = await app.prisma.outboxEmail.findFirstOrThrow({ where: { recipientId: person.id } });
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_EMAIL_ATTEMPTS });
    expect(row.lastError).toMatch(/451|busy/i);
    inbox.refuseNext(0);
    expect(await deliverOutbox(ctx)).toMatchObject({ sent: 0 });
    expect(inbox.to(person.email)).toHaveLength(0);
  });

  it('sends each email once when two runs race', async () => {
    const person = await newPerson();
    for (const module of ['A', 'B', 'C', 'D', 'E', 'F']) await queueReminder(person.id, module);
    const runs = await Promise.all([deliverOutbox(ctx), deliverOutbox(ctx), deliverOutbox(ctx)]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(6);
    expect(inbox.to(person.email)).toHaveLength(6);
  });

  it('keeps email queued without a mail server', async () => {
    const person = await newPerson();
    await queueReminder(person.id);
    const summary = await deliverOutbox({ ...ctx, mailer: null });
    expect(summary.held).toBeGreaterThanOrEqual(1);
    expect(
      await app.prisma.outboxEmail.findFirstOrThrow({ where: { recipientId: person.id } }),
    ).toMatchObject({
      status: 'queued',
      attempts: 0,
    });
    await deliverOutbox(ctx);
  });
});

describe('the daily digest', () => {
  it('gathers a person’s held emails into one email a day and marks them sent', async () => {
    const person = await newPerson();
    await app.prisma.emailPreference.create({
      data: { userId: person.id, kind: 'reminder.module_due', delivery: 'digest' },
    });
    expect(await queueReminder(person.id, 'Just culture')).toBe('digest');
    expect(await queueReminder(person.id, 'Speaking up')).toBe('digest');
    expect(await deliverOutbox(ctx)).toMatchObject({ sent: 0 });

    const first = await sendDigests(ctx);
    expect(first).toMatchObject({ digests: 1, gathered: 2 });
    // Held after today's digest: waits for tomorrow's, even if the job runs again today.
    await queueReminder(person.id, 'Handoffs');
    expect(await sendDigests(ctx)).toMatchObject({ digests: 0 });

    await deliverOutbox(ctx);
    const [digest, ...more] = inbox.to(person.email);
    expect(more).toHaveLength(0);
    expect(digest?.header('subject')).toBe('Your Preceptor digest: 2 updates');
    expect(digest?.decoded).toContain('Just culture is due soon');
    expect(digest?.decoded).toContain('Your module Speaking up is due on Friday.');
    expect(digest?.decoded).not.toContain('Handoffs');
    expect(digest?.header('list-unsubscribe')).toBeUndefined();
    const held = await app.prisma.outboxEmail.findMany({
      where: { recipientId: person.id, kind: 'reminder.module_due' },
      orderBy: { queuedAt: 'asc' },
      select: { status: true, subject: true },
    });
    expect(held.map((row) => row.status).sort()).toEqual(['digest', 'sent', 'sent']);

    later(24 * 60);
    expect(await sendDigests(ctx)).toMatchObject({ digests: 1, gathered: 1 });
  });
});

describe('one-click unsubscribe', () => {
  async function unsubscribeUrl(): Promise<{ url: string; personId: string }> {
    const person = await newPerson();
    await queueReminder(person.id);
    await deliverOutbox(ctx);
    const header = inbox.to(person.email)[0]?.header('list-unsubscribe') ?? '';
    return { url: header.slice(1, -1), personId: person.id };
  }

  it('GET only asks; a mail client’s POST without Origin turns that kind to in-app only', async () => {
    const { url, personId } = await unsubscribeUrl();
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('a module is due soon');
    expect(await app.prisma.emailPreference.count({ where: { userId: personId } })).toBe(0);

    const posted = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    const preference = await app.prisma.emailPreference.findMany({ where: { userId: personId } });
    expect(preference).toMatchObject([{ kind: 'reminder.module_due', delivery: 'in_app' }]);
    // The next such email is not queued at all.
    expect(await queueReminder(personId, 'Boundaries')).toBe('in_app_only');
  });

  it('refuses an unknown token and does not open other routes to origin-less POSTs', async () => {
    const forged = `${app.origin}/email/unsubscribe?token=${'a'.repeat(32)}`;
    const refused = await fetch(forged, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(refused.status).toBe(404);
    const other = await fetch(`${app.origin}/trpc/auth.signOut`, { method: 'POST' });
    expect(other.status).toBe(403);
  });
});
