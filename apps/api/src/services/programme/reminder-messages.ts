import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import type { OverdueDigest } from '@preceptor/domain/programme/module-reminders';
import { daysBetween } from '@preceptor/domain/programme/programme-days';
import type { DueReminder } from '@preceptor/domain/programme/reminder-kinds';
import { cohortEnding } from '../../mail/templates/cohort-ending.ts';
import { cohortStarting } from '../../mail/templates/cohort-starting.ts';
import { meetingGap } from '../../mail/templates/meeting-gap.ts';
import { moduleDue } from '../../mail/templates/module-due.ts';
import { moduleOverdue } from '../../mail/templates/module-overdue.ts';
import { overdueDigest } from '../../mail/templates/overdue-digest.ts';
import { reviewEscalation } from '../../mail/templates/review-escalation.ts';
import { reviewWaiting } from '../../mail/templates/review-waiting.ts';
import type { ServiceContext } from '../service-context.ts';
import { type AnyReminderMessage, reminderEmail } from './deliver-reminders.ts';
import { emailDate, portalUrl } from './portal-url.ts';
import type {
  AssignmentRow,
  CohortMemberRow,
  QuietMatchRow,
  WaitingReviewRow,
} from './reminder-candidates.ts';

/*
 * The words of each reminder, in the portal and by email. They name people, modules, cohorts
 * and dates — never a reflection's title or text, nor anyone's answers.
 */

type Ctx = Pick<ServiceContext, 'config' | 'clock'>;
const DIGEST_LINES = 50;

export function moduleMessage(ctx: Ctx, r: DueReminder<AssignmentRow>): AnyReminderMessage {
  const a = r.subject;
  const link = notificationLink('myModules');
  const data = {
    moduleTitle: a.moduleTitle,
    cohortName: a.cohortName,
    dueOn: emailDate(a.dueAt),
    link: portalUrl(ctx.config, link),
  };
  if (r.kind === 'module_due') {
    return {
      notification: {
        kind: 'reminder.module_due',
        title: `${a.moduleTitle} is due on ${data.dueOn}`,
        body: a.cohortName,
        link,
      },
      email: reminderEmail('reminder.module_due', moduleDue, data),
    };
  }
  return {
    notification: {
      kind: 'reminder.module_overdue',
      title: `${a.moduleTitle} is overdue`,
      body: `It was due on ${data.dueOn}.`,
      link,
    },
    email: reminderEmail('reminder.module_overdue', moduleOverdue, data),
  };
}

export function digestMessage(
  ctx: Ctx,
  r: DueReminder<OverdueDigest<AssignmentRow & { coordinatorId: string }>>,
): AnyReminderMessage {
  const items = [...r.subject.items].sort((a, b) => a.menteeName.localeCompare(b.menteeName));
  const cohortName = items[0]?.cohortName ?? 'your cohort';
  const link = notificationLink('moduleProgress');
  const people = new Set(items.map((i) => i.userId)).size;
  return {
    notification: {
      kind: 'reminder.overdue_digest',
      title: `${people} ${people === 1 ? 'mentee has' : 'mentees have'} overdue modules in ${cohortName}`,
      body: null,
      link,
    },
    email: reminderEmail('reminder.overdue_digest', overdueDigest, {
      cohortName,
      lines: items
        .slice(0, DIGEST_LINES)
        .map((i) => `${i.menteeName} — ${i.moduleTitle} (due ${emailDate(i.dueAt)})`),
      more: Math.max(0, items.length - DIGEST_LINES),
      link: portalUrl(ctx.config, link),
    }),
  };
}

export function reviewMessage(ctx: Ctx, r: DueReminder<WaitingReviewRow>): AnyReminderMessage {
  const w = r.subject;
  const daysWaiting = daysBetween(w.sharedAt, ctx.clock.now());
  if (r.kind === 'review_waiting') {
    const link = notificationLink('reviewQueue');
    return {
      notification: {
        kind: 'reminder.review_waiting',
        title: `${w.menteeName} has waited ${daysWaiting} days for your feedback`,
        body: null,
        link,
      },
      email: reminderEmail('reminder.review_waiting', reviewWaiting, {
        menteeName: w.menteeName,
        daysWaiting,
        link: portalUrl(ctx.config, link),
      }),
    };
  }
  const link = notificationLink('reflectionStatus');
  return {
    notification: {
      kind: 'reminder.review_escalation',
      title: `A reflection by ${w.menteeName} has waited ${daysWaiting} days for ${w.mentorName}`,
      body: w.cohortName,
      link,
    },
    email: reminderEmail('reminder.review_escalation', reviewEscalation, {
      mentorName: w.mentorName,
      menteeName: w.menteeName,
      cohortName: w.cohortName,
      daysWaiting,
      link: portalUrl(ctx.config, link),
    }),
  };
}

export function meetingGapMessage(ctx: Ctx, r: DueReminder<QuietMatchRow>): AnyReminderMessage {
  const m = r.subject;
  const otherName = r.userId === m.mentorId ? m.menteeName : m.mentorName;
  const days = daysBetween(m.since, ctx.clock.now());
  const link = notificationLink('matchMeetings', { matchId: m.matchId });
  return {
    notification: {
      kind: 'reminder.meeting_gap',
      title: `No meeting with ${otherName} logged for ${days} days`,
      body: m.cohortName,
      link,
    },
    email: reminderEmail('reminder.meeting_gap', meetingGap, {
      otherName,
      cohortName: m.cohortName,
      days,
      link: portalUrl(ctx.config, link),
    }),
  };
}

export function cohortDateMessage(ctx: Ctx, r: DueReminder<CohortMemberRow>): AnyReminderMessage {
  const m = r.subject;
  const link = notificationLink('home');
  if (r.kind === 'cohort_starting') {
    const startsOn = emailDate(m.startDate);
    return {
      notification: {
        kind: 'programme.cohort_starting',
        title: `${m.cohortName} starts on ${startsOn}`,
        body: null,
        link,
      },
      email: reminderEmail('programme.cohort_starting', cohortStarting, {
        cohortName: m.cohortName,
        startsOn,
        link: portalUrl(ctx.config, link),
      }),
    };
  }
  const endsOn = emailDate(m.endDate);
  return {
    notification: {
      kind: 'programme.cohort_ending',
      title: `${m.cohortName} ends on ${endsOn}`,
      body: null,
      link,
    },
    email: reminderEmail('programme.cohort_ending', cohortEnding, {
      cohortName: m.cohortName,
      endsOn,
      link: portalUrl(ctx.config, link),
    }),
  };
}
