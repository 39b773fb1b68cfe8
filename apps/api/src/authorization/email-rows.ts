import type { PrismaClient } from '@preceptor/db';
import { ADMIN, SIGNED_IN } from './actors.ts';
import type { AreaRows } from './policy-row.ts';

/** A queued email to the demo mentee, for opening in the outbox. */
async function freshOutboxEmail(prisma: PrismaClient): Promise<string> {
  const mentee = await prisma.user.findUniqueOrThrow({ where: { email: 'mentee@preceptor.test' } });
  const now = new Date();
  const email = await prisma.outboxEmail.create({
    data: {
      idempotencyKey: `harness:${crypto.randomUUID()}`,
      recipientId: mentee.id,
      toAddress: mentee.email,
      kind: 'reminder.module_due',
      subject: 'Harness email',
      text: 'Hello',
      html: '<p>Hello</p>',
      queuedAt: now,
      nextAttemptAt: now,
    },
    select: { id: true },
  });
  return email.id;
}

/** Each person's email preferences; the outbox, which holds everyone's mail, is the network admin's. */
export const EMAIL_ROWS: AreaRows = {
  'email.myPreferences': { allowed: SIGNED_IN, call: (c) => c.email.myPreferences.query() },
  'email.setPreference': {
    allowed: SIGNED_IN,
    call: (c) => c.email.setPreference.mutate({ kind: 'reminder.meeting_gap', delivery: 'digest' }),
  },
  // Coordinators of either hospital are refused too: the outbox is the whole network's mail.
  'email.outbox': { allowed: ADMIN, call: (c) => c.email.outbox.query({ page: 1, pageSize: 5 }) },
  'email.outboxEmail': {
    allowed: ADMIN,
    call: async (c, f) => c.email.outboxEmail.query({ id: await freshOutboxEmail(f.app.prisma) }),
  },
};
