import { randomUUID } from 'node:crypto';
import { cohortDateReminders } from '@preceptor/domain/programme/cohort-date-reminders';
import { moduleReminders, overdueDigests } from '@preceptor/domain/programme/module-reminders';
import {
  meetingGapReminders,
  reviewEscalations,
  reviewWaitingReminders,
} from '@preceptor/domain/programme/relationship-reminders';
import { REMINDER_KINDS, type ReminderKind } from '@preceptor/domain/programme/reminder-kinds';
import type { QueueOutcome } from '../../mail/queue-email.ts';
import { writeAudit } from '../audit-log.ts';
import type { ServiceContext } from '../service-context.ts';
import { type Delivered, deliverReminders, noEmails } from './deliver-reminders.ts';
import { loadSettingsOf } from './programme-settings.ts';
import {
  cohortMembersNearDates,
  coordinatorsByHospital,
  openAssignments,
  quietMatches,
  waitingReviews,
} from './reminder-candidates.ts';
import {
  cohortDateMessage,
  digestMessage,
  meetingGapMessage,
  moduleMessage,
  reviewMessage,
} from './reminder-messages.ts';

export interface ReminderScanSummary {
  ranAt: Date;
  durationMs: number;
  /** Where the time went: finding who is due (queries and rules), then sending. */
  phasesMs: { find: number; send: number };
  /** Reminders due today by kind, including those already sent on an earlier run. */
  due: Record<ReminderKind, number>;
  /** Reminders sent for the first time by this run, by kind. */
  sent: Record<ReminderKind, number>;
  /** What became of their emails (the person's preference decides). */
  emails: Record<QueueOutcome, number>;
}

const byKind = (): Record<ReminderKind, number> =>
  Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, 0])) as Record<ReminderKind, number>;

/**
 * The daily reminder scan (a scheduled job: `run(ctx)` with no actor). Finds, for the whole
 * network, every module due soon or overdue, the weekly overdue lists, reflections waiting for
 * review, quiet matches and cohorts starting or ending; sends each once; and writes one audit
 * entry for the run with the counts. Time is `ctx.clock`, so tests move it.
 */
export async function scanReminders(ctx: ServiceContext): Promise<ReminderScanSummary> {
  const started = performance.now();
  const now = ctx.clock.now();
  const { db } = ctx;
  const [assignments, reviews, quiet, members, coordinators] = await Promise.all([
    openAssignments(db, now),
    waitingReviews(db, now),
    quietMatches(db, now),
    cohortMembersNearDates(db, now),
    coordinatorsByHospital(db),
  ]);
  const settingsOf = await loadSettingsOf(db, [
    ...assignments.map((a) => a.cohortId),
    ...reviews.map((r) => r.cohortId),
    ...quiet.map((q) => q.cohortId),
    ...members.map((m) => m.cohortId),
  ]);

  // Coordinators hear only of mentees at hospitals they coordinate that are in the cohort.
  const forCoordinators = <Row extends { cohortId: string }>(
    rows: readonly Row[],
    hospitalOf: (row: Row) => string | null,
  ) =>
    rows.flatMap((row) => {
      const hospitalId = hospitalOf(row);
      if (!coordinators.cohortHasHospital(row.cohortId, hospitalId)) return [];
      return coordinators.coordinatorsOf(hospitalId).map((coordinatorId) => ({ ...row, coordinatorId }));
    });

  const moduleDue = moduleReminders(assignments, settingsOf, now);
  const digests = overdueDigests(
    forCoordinators(
      assignments.filter((a) => a.dueAt <= now),
      (a) => a.hospitalId,
    ),
    settingsOf,
    now,
  );
  const waiting = reviewWaitingReminders(reviews, settingsOf, now);
  const escalations = reviewEscalations(
    forCoordinators(reviews, (r) => r.menteeHospitalId),
    settingsOf,
    now,
  );
  const gaps = meetingGapReminders(quiet, settingsOf, now);
  const dates = cohortDateReminders(members, settingsOf, now);

  const found = performance.now();
  const summary: ReminderScanSummary = {
    ranAt: now,
    durationMs: 0,
    phasesMs: { find: Math.round(found - started), send: 0 },
    due: byKind(),
    sent: byKind(),
    emails: noEmails(),
  };
  const record = (delivered: Delivered, reminders: readonly { kind: ReminderKind; key: string }[]) => {
    for (const r of reminders) summary.due[r.kind]++;
    for (const [outcome, count] of Object.entries(delivered.emails))
      summary.emails[outcome as QueueOutcome] += count;
  };
  const deliver = async <S>(
    due: Parameters<typeof deliverReminders<S>>[1],
    compose: Parameters<typeof deliverReminders<S>>[2],
  ) => {
    // One kind at a time counts as it is sent: the delivery tells how many were new.
    for (const kind of new Set(due.map((r) => r.kind))) {
      const ofKind = due.filter((r) => r.kind === kind);
      const delivered = await deliverReminders(ctx, ofKind, compose);
      summary.sent[kind] += delivered.sent;
      record(delivered, ofKind);
    }
  };
  await deliver(moduleDue, (r) => moduleMessage(ctx, r));
  await deliver(digests, (r) => digestMessage(ctx, r));
  await deliver(waiting, (r) => reviewMessage(ctx, r));
  await deliver(escalations, (r) => reviewMessage(ctx, r));
  await deliver(gaps, (r) => meetingGapMessage(ctx, r));
  await deliver(dates, (r) => cohortDateMessage(ctx, r));

  summary.durationMs = Math.round(performance.now() - started);
  summary.phasesMs.send = Math.round(performance.now() - found);
  await writeAudit(db, null, ctx.meta, {
    action: 'programme.reminders.scan',
    entityType: 'JobRun',
    entityId: randomUUID(),
    metadata: { ranAt: now.toISOString(), due: summary.due, sent: summary.sent, emails: summary.emails },
  });
  return summary;
}
