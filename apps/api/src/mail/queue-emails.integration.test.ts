import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../testing/service-context.ts';
import { queueEmails } from './queue-emails.ts';
import { moduleDue } from './templates/module-due.ts';

/* The bulk outbox on PostgreSQL: the same rules as queueEmail, for many emails in two statements. */

let database: TestDatabase;
const ctx = {
  clock: fixedClock(new Date('2030-03-04T08:00:00Z')),
  config: {
    publicOrigin: 'https://preceptor.example.org',
    smtpFrom: null,
    programmeName: 'Preceptor test programme',
  },
};
const data = {
  moduleTitle: 'Just culture',
  cohortName: 'Spring',
  dueOn: 'Wed, 6 Mar 2030',
  link: 'https://x.test/modules',
};

beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

async function person(firstName: string, active = true): Promise<string> {
  const user = await database.prisma.user.create({
    data: { email: `bulk-${crypto.randomUUID()}@preceptor.test`, firstName, lastName: 'Tester', active },
    select: { id: true },
  });
  return user.id;
}

describe('queueEmails', () => {
  it('follows each person’s choice, skips the inactive, and queues each key once', async () => {
    const [plain, inApp, digest, gone] = [
      await person('<i>Ada</i>'),
      await person('Bo'),
      await person('Cy'),
      await person('Di', false),
    ];
    await database.prisma.emailPreference.createMany({
      data: [
        { userId: inApp, kind: 'reminder.module_due', delivery: 'in_app' },
        { userId: digest, kind: 'reminder.module_due', delivery: 'digest' },
        // A choice for another kind changes nothing here.
        { userId: plain, kind: 'reminder.meeting_gap', delivery: 'in_app' },
      ],
    });
    const emails = [plain, inApp, digest, gone].map((recipientId) => ({
      recipientId,
      kind: 'reminder.module_due' as const,
      idempotencyKey: `bulk:${recipientId}`,
      template: moduleDue,
      data,
    }));
    const first = await queueEmails(database.prisma, ctx, emails);
    expect(first).toEqual({ queued: 1, digest: 1, in_app_only: 1, already_queued: 0, no_recipient: 1 });
    const again = await queueEmails(database.prisma, ctx, emails);
    expect(again).toEqual({ queued: 0, digest: 0, in_app_only: 1, already_queued: 2, no_recipient: 1 });

    const rows = await database.prisma.outboxEmail.findMany({
      where: { idempotencyKey: { startsWith: 'bulk:' } },
    });
    expect(rows.map((r) => [r.recipientId, r.status]).sort()).toEqual(
      [
        [plain, 'queued'],
        [digest, 'digest'],
      ].sort(),
    );
    const sent = rows.find((r) => r.recipientId === plain);
    expect(sent).toMatchObject({ subject: 'Just culture is due on Wed, 6 Mar 2030', attempts: 0 });
    expect(sent?.queuedAt).toEqual(new Date('2030-03-04T08:00:00Z'));
    expect(sent?.html).toContain('Hello &lt;i&gt;Ada&lt;/i&gt;');
    expect(sent?.text).toContain('Hello <i>Ada</i>');
  });
});
