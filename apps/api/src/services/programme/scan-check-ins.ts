import { randomUUID } from 'node:crypto';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import {
  CHECK_IN_GRACE_DAYS,
  type DueCheckIn,
  dueCheckIns,
  END_CHECK_IN_LEAD_DAYS,
} from '@preceptor/domain/programme/check-in-rules';
import { CHECK_IN_OCCASION_LABELS, type CheckInOccasion } from '@preceptor/domain/programme/check-in-schemas';
import { v7 as uuidv7 } from 'uuid';
import type { QueueOutcome } from '../../mail/queue-email.ts';
import { queueEmails } from '../../mail/queue-emails.ts';
import { checkInDue } from '../../mail/templates/checkin-due.ts';
import { writeAudit } from '../audit-log.ts';
import { notifyMany } from '../notifications/notify-many.ts';
import type { ServiceContext } from '../service-context.ts';
import { noEmails } from './deliver-reminders.ts';
import { portalUrl } from './portal-url.ts';
import { loadSettingsOf } from './programme-settings.ts';

export interface CheckInScanSummary {
  ranAt: Date;
  durationMs: number;
  /** Check-ins due today, including those opened on an earlier run. */
  due: number;
  /** Check-ins opened by this run, by occasion. */
  opened: Record<CheckInOccasion, number>;
  emails: Record<QueueOutcome, number>;
}

interface CheckInMatchRow {
  matchId: string;
  cohortId: string;
  mentorId: string;
  menteeId: string;
  activatedAt: Date;
  cohortEnd: Date;
  mentorName: string;
  menteeName: string;
  cohortName: string;
}

const CHUNK = 1000;
const LOOKUP = 20_000;

/**
 * A check-in stays due for its whole grace window, so most due today were opened on an earlier
 * day: leave those out with one look-up per LOOKUP rather than an insert per chunk of them.
 * The insert's unique key still decides, so a concurrent run cannot open one twice.
 */
async function notOpenedYet(ctx: ServiceContext, due: readonly DueCheckIn[]): Promise<DueCheckIn[]> {
  const fresh: DueCheckIn[] = [];
  for (let start = 0; start < due.length; start += LOOKUP) {
    const batch = due.slice(start, start + LOOKUP);
    const rows = await ctx.db.$queryRaw<{ i: number }[]>`
      SELECT i FROM unnest(${batch.map((d) => d.matchId)}::text[], ${batch.map((d) => d.userId)}::text[],
                           ${batch.map((d) => d.occasion)}::text[]) WITH ORDINALITY AS x(m, u, o, i)
      WHERE NOT EXISTS (
        SELECT 1 FROM "CheckIn" c WHERE c."matchId" = x.m AND c."userId" = x.u AND c.occasion = x.o::"CheckInOccasion"
      )`;
    for (const row of rows) fresh.push(batch[Number(row.i) - 1] as DueCheckIn);
  }
  return fresh;
}

/** Active matches with a check-in date (30 days, 90 days, the end) inside its grace window. */
function checkInMatches(ctx: ServiceContext, now: Date): Promise<CheckInMatchRow[]> {
  const at = now.toISOString();
  return ctx.db.$queryRaw<CheckInMatchRow[]>`
    SELECT mt.id AS "matchId", c.id AS "cohortId", mm."userId" AS "mentorId", em."userId" AS "menteeId",
           mt."activatedAt", c."endDate"::timestamp AS "cohortEnd",
           mu."firstName" || ' ' || mu."lastName" AS "mentorName",
           eu."firstName" || ' ' || eu."lastName" AS "menteeName", c.name AS "cohortName"
    FROM "Match" mt
    JOIN "Cohort" c ON c.id = mt."cohortId" AND c.status = 'ACTIVE'
    LEFT JOIN "CohortProgrammeSettings" s ON s."cohortId" = c.id
    JOIN "Membership" mm ON mm.id = mt."mentorMembershipId"
    JOIN "User" mu ON mu.id = mm."userId" AND mu.active
    JOIN "Membership" em ON em.id = mt."menteeMembershipId"
    JOIN "User" eu ON eu.id = em."userId" AND eu.active
    WHERE mt.status = 'ACTIVE' AND mt."activatedAt" IS NOT NULL
      AND COALESCE(s."checkInsEnabled", true)
      AND (
        ${at}::timestamp - mt."activatedAt" BETWEEN make_interval(days => 30) AND make_interval(days => 30 + ${CHECK_IN_GRACE_DAYS})
        OR ${at}::timestamp - mt."activatedAt" BETWEEN make_interval(days => 90) AND make_interval(days => 90 + ${CHECK_IN_GRACE_DAYS})
        OR ${at}::timestamp - (c."endDate"::timestamp - make_interval(days => ${END_CHECK_IN_LEAD_DAYS}))
           BETWEEN make_interval(0) AND make_interval(days => ${CHECK_IN_GRACE_DAYS})
      )`;
}

/**
 * The daily check-in scan (a scheduled job): opens the check-ins that are due — each
 * (match, person, occasion) once, by the table's unique key — and tells each person in the
 * portal and by email (`checkin.due`). One audit entry per run with the counts.
 */
export async function scanCheckIns(ctx: ServiceContext): Promise<CheckInScanSummary> {
  const started = performance.now();
  const now = ctx.clock.now();
  const matches = await checkInMatches(ctx, now);
  const settingsOf = await loadSettingsOf(
    ctx.db,
    matches.map((m) => m.cohortId),
  );
  const due = dueCheckIns(matches, settingsOf, now);
  const matchById = new Map(matches.map((m) => [m.matchId, m]));
  const summary: CheckInScanSummary = {
    ranAt: now,
    durationMs: 0,
    due: due.length,
    opened: { DAY_30: 0, DAY_90: 0, COHORT_END: 0 },
    emails: noEmails(),
  };

  const unopened = await notOpenedYet(ctx, due);
  for (let start = 0; start < unopened.length; start += CHUNK) {
    const chunk = unopened.slice(start, start + CHUNK);
    await ctx.db.$transaction(
      async (tx) => {
        const opened = await tx.$queryRaw<
          {
            id: string;
            matchId: string;
            userId: string;
            role: 'MENTOR' | 'MENTEE';
            occasion: CheckInOccasion;
          }[]
        >`
          INSERT INTO "CheckIn" (id, "matchId", "userId", role, occasion, "openedAt")
          SELECT id, m, u, r::"MembershipRole", o::"CheckInOccasion", ${now.toISOString()}::timestamptz
          FROM unnest(${chunk.map(() => uuidv7())}::text[], ${chunk.map((d) => d.matchId)}::text[],
                      ${chunk.map((d) => d.userId)}::text[], ${chunk.map((d) => d.role)}::text[],
                      ${chunk.map((d) => d.occasion)}::text[]) AS x(id, m, u, r, o)
          ON CONFLICT ("matchId", "userId", occasion) DO NOTHING
          RETURNING id, "matchId", "userId", role::text AS role, occasion::text AS occasion`;
        const messages = opened.map((checkIn) => {
          const match = matchById.get(checkIn.matchId) as CheckInMatchRow;
          const otherName = checkIn.role === 'MENTOR' ? match.menteeName : match.mentorName;
          const link = notificationLink('checkIn', { checkInId: checkIn.id });
          summary.opened[checkIn.occasion]++;
          return { checkIn, match, otherName, link };
        });
        await notifyMany(
          tx,
          messages.map(({ checkIn, match, otherName, link }) => ({
            userId: checkIn.userId,
            kind: 'checkin.due' as const,
            title: `How is your match with ${otherName} going?`,
            body: `A one-minute check-in for ${match.cohortName}.`,
            link,
          })),
        );
        const emails = await queueEmails(
          tx,
          ctx,
          messages.map(({ checkIn, match, otherName, link }) => ({
            recipientId: checkIn.userId,
            kind: 'checkin.due' as const,
            idempotencyKey: `checkin:${checkIn.id}`,
            template: checkInDue,
            data: {
              otherName,
              cohortName: match.cohortName,
              occasion: CHECK_IN_OCCASION_LABELS[checkIn.occasion],
              link: portalUrl(ctx.config, link),
            },
          })),
        );
        for (const [outcome, count] of Object.entries(emails))
          summary.emails[outcome as QueueOutcome] += count;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  }

  summary.durationMs = Math.round(performance.now() - started);
  await writeAudit(ctx.db, null, ctx.meta, {
    action: 'programme.checkins.scan',
    entityType: 'JobRun',
    entityId: randomUUID(),
    metadata: { ranAt: now.toISOString(), due: summary.due, opened: summary.opened, emails: summary.emails },
  });
  return summary;
}
