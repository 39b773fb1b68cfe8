import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueEmail } from '../../mail/queue-email.ts';
import { accountInvitation } from '../../mail/templates/account-invitation.ts';
import { outcomeCode, startTestApp, type TestApp } from '../../testing/test-app.ts';

/*
 * The demo: a public origin but no mail server. Mail waits in the outbox, where network admins
 * see it as it would arrive, except live links staff must never hold.
 */

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ publicOrigin: true });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('the admin outbox', () => {
  it('queues a reset for someone with a password and hides its link from the admin', async () => {
    const admin = await app.clientFor('admin@preceptor.test');
    const menteeId = await app.userId('mentee@preceptor.test');
    expect(await admin.people.issueSetupLink.mutate({ personId: menteeId })).toMatchObject({
      path: null,
      emailed: true,
    });

    const stored = await app.prisma.outboxEmail.findFirstOrThrow({
      where: { recipientId: menteeId, kind: 'account.password_reset' },
    });
    const liveToken = /set-password\?token=([a-z2-7]+)/.exec(stored.text)?.[1] ?? '';
    expect(liveToken).toHaveLength(32);

    const page = await admin.email.outbox.query({ status: 'queued' });
    const row = page.rows.find((r) => r.id === stored.id);
    expect(row).toMatchObject({
      kindLabel: 'Password reset links',
      recipientName: expect.any(String),
      attempts: 0,
    });

    const view = await admin.email.outboxEmail.query({ id: stored.id });
    expect(view.linksHidden).toBe(true);
    expect(view.text).toContain('set-password?token=hidden-from-staff');
    expect(`${view.text}${view.html}`).not.toContain(liveToken);
  });

  it('shows a newcomer’s invitation link, the one staff are handed anyway', async () => {
    const admin = await app.clientFor('admin@preceptor.test');
    const smh = await app.prisma.hospital.findUniqueOrThrow({ where: { code: 'SMH' } });
    const created = await admin.people.create.mutate({
      email: 'outbox.newcomer@stmarys.example',
      firstName: 'Outbox',
      lastName: 'Newcomer',
      hospitalId: smh.id,
      profile: null,
    });
    expect(created.setupLink.emailed).toBe(false);
    const path = created.setupLink.path ?? '';
    expect(path).toContain('/set-password?token=');
    const stored = await app.prisma.outboxEmail.findFirstOrThrow({ where: { recipientId: created.id } });
    const view = await admin.email.outboxEmail.query({ id: stored.id });
    expect(view).toMatchObject({ kind: 'account.invitation', status: 'queued', linksHidden: false });
    expect(view.text).toContain(path);
  });

  it('hides the recipient’s unsubscribe token', async () => {
    const admin = await app.clientFor('admin@preceptor.test');
    const mentee = await app.clientFor('mentee@preceptor.test');
    await mentee.email.setPreference.mutate({ kind: 'reminder.module_due', delivery: 'email' });
    const recipientId = await app.userId('mentee@preceptor.test');
    await queueEmail(
      app.prisma,
      {
        clock: { now: () => new Date() },
        config: { publicOrigin: app.origin, smtpFrom: null, programmeName: 'Preceptor test programme' },
      },
      {
        recipientId,
        kind: 'reminder.module_due',
        idempotencyKey: `outbox-test:${recipientId}`,
        template: accountInvitation,
        data: { link: `${app.origin}/modules`, expiresAt: 'Friday', invitedBy: null },
      },
    );
    const stored = await app.prisma.outboxEmail.findFirstOrThrow({
      where: { idempotencyKey: `outbox-test:${recipientId}` },
    });
    expect(stored.text).toMatch(/email\/unsubscribe\?token=[a-z2-7]{32}/);
    const view = await admin.email.outboxEmail.query({ id: stored.id });
    expect(view.text).toContain('email/unsubscribe?token=hidden-from-staff');
    expect(view.html).not.toMatch(/unsubscribe\?token=[a-z2-7]{32}/);
  });
});

describe('email preferences', () => {
  it('keeps each person’s choice per kind and refuses to turn account mail off', async () => {
    const mentor = await app.clientFor('mentor@preceptor.test');
    const before = await mentor.email.myPreferences.query();
    expect(before.find((p) => p.kind === 'reminder.review_waiting')).toMatchObject({
      delivery: 'email',
      isDefault: true,
    });
    expect(before.some((p) => p.kind.startsWith('account.'))).toBe(false);
    const after = await mentor.email.setPreference.mutate({
      kind: 'reminder.review_waiting',
      delivery: 'digest',
    });
    expect(after.find((p) => p.kind === 'reminder.review_waiting')).toMatchObject({
      delivery: 'digest',
      isDefault: false,
    });
    expect(
      await outcomeCode(
        mentor.email.setPreference.mutate({ kind: 'account.password_reset' as never, delivery: 'in_app' }),
      ),
    ).toBe('BAD_REQUEST');
    // Someone else's choices are untouched.
    const mentee = await app.clientFor('mentee@preceptor.test');
    expect(
      (await mentee.email.myPreferences.query()).find((p) => p.kind === 'reminder.review_waiting'),
    ).toMatchObject({
      isDefault: true,
    });
  });
});
