// pnpm bench:outbox — queueing and delivering email through the outbox on PostgreSQL.
//
// A throwaway database on the PostgreSQL server at TEST_DATABASE_URL (default the local server),
// N people, one email each queued with queueEmail (one transaction each, as services do), then
// the delivery job's service run until the outbox is empty, over SMTP to a local server that
// accepts everything. Prints one JSON line.
//
//   pnpm bench:outbox [--emails 1000]
import { parseArgs } from 'node:util';
import { createTestDatabase } from '@preceptor/db/testing/test-database';
import { queueEmail } from '../src/mail/queue-email.ts';
import { createSmtpMailer } from '../src/mail/smtp-mailer.ts';
import { accountInvitation } from '../src/mail/templates/account-invitation.ts';
import { deliverOutbox } from '../src/services/email/deliver-outbox.ts';
import { systemClock } from '../src/services/service-context.ts';
import { startSmtpInbox } from '../src/testing/smtp-inbox.ts';

const { values } = parseArgs({ options: { emails: { type: 'string', default: '1000' } } });
const emails = Number(values.emails);

const db = await createTestDatabase();
const inbox = await startSmtpInbox();
try {
  const stamp = Date.now().toString(36);
  await db.prisma.user.createMany({
    data: Array.from({ length: emails }, (_, i) => ({
      email: `bench-${stamp}-${i}@outbox.example`,
      firstName: `Bench${i}`,
      lastName: 'Outbox',
    })),
  });
  const people = await db.prisma.user.findMany({ select: { id: true } });
  const config = {
    publicOrigin: 'https://preceptor.example.org',
    smtpFrom: null,
    programmeName: 'Preceptor test programme',
  };
  const ctx = {
    db: db.prisma,
    actor: null,
    meta: { ipAddress: null, userAgent: 'bench' },
    mailer: createSmtpMailer(inbox.url, config),
    clock: systemClock,
    config,
  };

  const queueStarted = performance.now();
  for (const person of people) {
    await db.prisma.$transaction((tx) =>
      queueEmail(tx, ctx, {
        recipientId: person.id,
        kind: 'reminder.module_due',
        idempotencyKey: `bench:${person.id}`,
        template: accountInvitation,
        data: { link: 'https://preceptor.example.org/modules', expiresAt: 'Friday', invitedBy: null },
      }),
    );
  }
  const queueSeconds = (performance.now() - queueStarted) / 1000;

  const deliverStarted = performance.now();
  let sent = 0;
  for (;;) {
    const run = await deliverOutbox(ctx);
    sent += run.sent;
    if (run.sent + run.retrying + run.failed === 0) break;
  }
  const deliverSeconds = (performance.now() - deliverStarted) / 1000;
  console.log(
    JSON.stringify({
      bench: 'outbox',
      emails: people.length,
      received: inbox.received.length,
      sent,
      queueSeconds: Number(queueSeconds.toFixed(2)),
      queuedPerSecond: Math.round(people.length / queueSeconds),
      deliverSeconds: Number(deliverSeconds.toFixed(2)),
      sentPerSecond: Math.round(sent / deliverSeconds),
    }),
  );
} finally {
  await inbox.close();
  await db.drop();
}
process.exit(0);
