import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAMME_NAME } from '../services/service-context.ts';
import { fixedClock } from '../testing/service-context.ts';
import { queueEmail } from './queue-email.ts';
import { accountInvitation } from './templates/account-invitation.ts';

/* The outbox on PostgreSQL: once per key, by the person's choice, rendered with names escaped. */

let database: TestDatabase;
const ctx = {
  clock: fixedClock(new Date('2030-03-04T08:00:00Z')),
  config: {
    publicOrigin: 'https://preceptor.example.org',
    smtpFrom: null,
    programmeName: DEFAULT_PROGRAMME_NAME,
  },
};
const data = {
  link: 'https://preceptor.example.org/set-password?token=t',
  expiresAt: 'Mon, 11 Mar 2030',
  invitedBy: null,
};

beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

async function person(firstName = 'Ada', active = true): Promise<string> {
  const user = await database.prisma.user.create({
    data: { email: `outbox-${crypto.randomUUID()}@preceptor.test`, firstName, lastName: 'Tester', active },
    select: { id: true },
  });
  return user.id;
}

describe('queueEmail', () => {
  it('queues an email once however often the same key is queued', async () => {
    const recipientId = await person();
    const email = { recipientId, kind: 'account.invitation' as const, idempotencyKey: `inv:${recipientId}` };
    const first = await queueEmail(database.prisma, ctx, { ...email, template: accountInvitation, data });
    const again = await queueEmail(database.prisma, ctx, { ...email, template: accountInvitation, data });
    expect([first, again]).toEqual(['queued', 'already_queued']);
    const rows = await database.prisma.outboxEmail.findMany({ where: { recipientId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'queued', attempts: 0, subject: 'You are invited to Preceptor' });
    expect(rows[0]?.text).toContain(data.link);
    expect(rows[0]?.html).toContain('Choose which emails you get');
  });

  it('escapes names in HTML and keeps them plain in text', async () => {
    const recipientId = await person('<b>Bo</b>');
    await queueEmail(database.prisma, ctx, {
      recipientId,
      kind: 'account.invitation',
      idempotencyKey: `inv:${recipientId}`,
      template: accountInvitation,
      data: { ...data, invitedBy: 'Dee <script>' },
    });
    const row = await database.prisma.outboxEmail.findFirstOrThrow({ where: { recipientId } });
    expect(row.html).toContain('Hello &lt;b&gt;Bo&lt;/b&gt;');
    expect(row.html).toContain('Dee &lt;script&gt;');
    expect(row.html).not.toContain('<script>');
    expect(row.text).toContain('Hello <b>Bo</b>');
  });

  it('follows the person’s choice: in-app only queues nothing, digest holds it', async () => {
    const inApp = await person();
    const digest = await person();
    await database.prisma.emailPreference.createMany({
      data: [
        { userId: inApp, kind: 'reminder.module_due', delivery: 'in_app' },
        { userId: digest, kind: 'reminder.module_due', delivery: 'digest' },
      ],
    });
    const queue = (recipientId: string) =>
      queueEmail(database.prisma, ctx, {
        recipientId,
        kind: 'reminder.module_due',
        idempotencyKey: `due:${recipientId}`,
        template: accountInvitation,
        data,
      });
    expect(await queue(inApp)).toBe('in_app_only');
    expect(await queue(digest)).toBe('digest');
    expect(await database.prisma.outboxEmail.count({ where: { recipientId: inApp } })).toBe(0);
    const held = await database.prisma.outboxEmail.findFirstOrThrow({ where: { recipientId: digest } });
    expect(held.status).toBe('digest');
  });

  it('queues nothing for a deactivated person', async () => {
    const recipientId = await person('Gone', false);
    const outcome = await queueEmail(database.prisma, ctx, {
      recipientId,
      kind: 'account.invitation',
      idempotencyKey: `inv:${recipientId}`,
      template: accountInvitation,
      data,
    });
    expect(outcome).toBe('no_recipient');
  });
});
