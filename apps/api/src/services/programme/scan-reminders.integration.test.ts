import { createTestDatabase, type TestDatabase } from '@preceptor/db/testing/test-database';
import { DEFAULT_PROGRAMME_SETTINGS } from '@preceptor/domain/programme/programme-settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNetwork, type TestNetwork } from '../../testing/programme-network.ts';
import { fixedClock, testActorContext, testServiceContext } from '../../testing/service-context.ts';
import { updateProgrammeSettings } from './programme-settings.ts';
import { scanReminders } from './scan-reminders.ts';

/* The daily reminder scan on PostgreSQL, moving the clock instead of waiting. */

let database: TestDatabase;
let network: TestNetwork;
const clock = fixedClock(new Date('2027-02-08T06:00:00Z'));
const ctx = () => ({
  ...testServiceContext(database.prisma, { clock }),
  config: {
    publicOrigin: 'https://preceptor.example.org',
    smtpFrom: null,
    programmeName: 'Preceptor test programme',
  },
});

beforeAll(async () => {
  database = await createTestDatabase();
  network = await buildNetwork(database.prisma);
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

const notices = (userId: string, kind: string) =>
  database.prisma.notification.findMany({ where: { userId, kind }, orderBy: { createdAt: 'asc' } });
const emails = (recipientId: string, kind: string) =>
  database.prisma.outboxEmail.findMany({ where: { recipientId, kind }, orderBy: { queuedAt: 'asc' } });

describe('the daily reminder scan', () => {
  it('sends what is due today, in the portal and by email, and audits the run once', async () => {
    // The mentor reads meeting nudges in the portal only.
    await database.prisma.emailPreference.create({
      data: { userId: network.mentorId, kind: 'reminder.meeting_gap', delivery: 'in_app' },
    });
    const summary = await scanReminders(ctx());
    expect(summary.sent).toMatchObject({
      module_due: 1,
      review_waiting: 1,
      meeting_gap: 2,
      module_overdue: 0,
      review_escalation: 0,
    });

    const due = await notices(network.menteeId, 'reminder.module_due');
    expect(due.map((n) => [n.title, n.link])).toEqual([
      ['Informed consent is due on Wed, 10 Feb 2027', '/modules'],
    ]);
    const [dueEmail] = await emails(network.menteeId, 'reminder.module_due');
    expect(dueEmail?.subject).toBe('Informed consent is due on Wed, 10 Feb 2027');
    expect(dueEmail?.text).toContain('https://preceptor.example.org/modules');

    expect(await notices(network.mentorId, 'reminder.meeting_gap')).toHaveLength(1);
    expect(await emails(network.mentorId, 'reminder.meeting_gap')).toHaveLength(0);
    expect(await emails(network.menteeId, 'reminder.meeting_gap')).toHaveLength(1);

    const [waiting] = await emails(network.mentorId, 'reminder.review_waiting');
    expect(waiting?.subject).toBe('Eli Tester is waiting for your feedback');
    expect(`${waiting?.text}${waiting?.html}`).not.toMatch(/SECRET/);

    const runs = await database.prisma.auditLog.findMany({ where: { action: 'programme.reminders.scan' } });
    expect(runs).toHaveLength(1);
    expect(runs[0]?.metadata).toMatchObject({ sent: { module_due: 1, meeting_gap: 2 } });
  });

  it('a rerun, the same day or the next, sends nothing twice', async () => {
    const again = await scanReminders(ctx());
    expect(Object.values(again.sent).every((n) => n === 0)).toBe(true);
    expect(again.due.module_due).toBe(1);
    clock.set(new Date('2027-02-09T06:00:00Z'));
    const nextDay = await scanReminders(ctx());
    expect(Object.values(nextDay.sent).every((n) => n === 0)).toBe(true);
    expect(await notices(network.menteeId, 'reminder.module_due')).toHaveLength(1);
    expect(await emails(network.menteeId, 'reminder.module_due')).toHaveLength(1);
    expect(await database.prisma.auditLog.count({ where: { action: 'programme.reminders.scan' } })).toBe(3);
  });

  it('after the due date: the mentee is told it is overdue, the coordinator gets the weekly list and the unreviewed reflection', async () => {
    clock.set(new Date('2027-02-12T06:00:00Z'));
    const summary = await scanReminders(ctx());
    expect(summary.sent).toMatchObject({
      module_overdue: 1,
      overdue_digest: 1,
      review_escalation: 1,
      review_waiting: 0,
    });
    const coordinatorId = network.coordinator.userId;
    const [digest] = await emails(coordinatorId, 'reminder.overdue_digest');
    expect(digest?.text).toContain('Eli Tester — Informed consent (due Wed, 10 Feb 2027)');
    // Escalations default to the daily digest; their words still never carry the reflection.
    const [escalation] = await emails(coordinatorId, 'reminder.review_escalation');
    expect(escalation?.status).toBe('digest');
    expect(`${escalation?.subject}${escalation?.text}${escalation?.html}`).not.toMatch(/SECRET/);
    // The mentee, not staff, never gets a digest of others.
    expect(await emails(network.menteeId, 'reminder.overdue_digest')).toHaveLength(0);
  });

  it('a cohort’s settings turn a reminder off and retime another', async () => {
    await updateProgrammeSettings(testActorContext(database.prisma, network.coordinator, { clock }), {
      cohortId: network.cohortId,
      settings: { ...DEFAULT_PROGRAMME_SETTINGS, moduleOverdueEnabled: false, meetingGapDays: 10 },
    });
    clock.set(new Date('2027-02-20T06:00:00Z'));
    const summary = await scanReminders(ctx());
    // A week later the overdue module would be reminded again, but the cohort turned it off.
    expect(summary.sent.module_overdue).toBe(0);
    // 46 days without a meeting: with a 10-day gap that is the 4th period, a new nudge each.
    expect(summary.sent.meeting_gap).toBe(2);
    const audit = await database.prisma.auditLog.findFirst({ where: { action: 'cohort.reminders.update' } });
    expect(audit).toMatchObject({ actorId: network.coordinator.userId, entityId: network.cohortId });
  });

  it('a logged meeting starts the count again', async () => {
    await database.prisma.meeting.create({
      data: {
        matchId: network.matchId,
        loggedById: network.menteeId,
        occurredAt: new Date('2027-02-25T12:00:00Z'),
        durationMinutes: 30,
      },
    });
    clock.set(new Date('2027-03-03T06:00:00Z'));
    expect((await scanReminders(ctx())).due.meeting_gap).toBe(0);
  });

  it('tells members a week before the cohort ends', async () => {
    clock.set(new Date('2027-06-20T06:00:00Z'));
    const summary = await scanReminders(ctx());
    expect(summary.sent.cohort_ending).toBe(2);
    const [ending] = await emails(network.menteeId, 'programme.cohort_ending');
    expect(ending?.subject).toMatch(/ends on Wed, 30 Jun 2027$/);
  });
});
