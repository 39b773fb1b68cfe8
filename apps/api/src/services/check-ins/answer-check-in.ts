import type { Db } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import type { AnswerCheckInInput } from '@preceptor/domain/programme/check-in-schemas';
import { queueEmails } from '../../mail/queue-emails.ts';
import { checkInConcern } from '../../mail/templates/checkin-concern.ts';
import { ownCheckIn } from '../access/check-in-access.ts';
import { notify } from '../notifications/notify.ts';
import { portalUrl } from '../programme/portal-url.ts';
import type { ActorContext } from '../service-context.ts';

type Answer = Omit<AnswerCheckInInput, 'comment'> & { comment: string | null };

/**
 * Who hears that a match is not working: the coordinators of the person's hospital when it is
 * one of the cohort's (the only staff who may see them), otherwise the network admins.
 */
async function concernRecipients(tx: Db, cohortId: string, hospitalId: string | null): Promise<string[]> {
  const coordinators = hospitalId
    ? await tx.staffRole.findMany({
        where: {
          kind: 'COORDINATOR',
          hospitalId,
          user: { active: true },
          hospital: { cohorts: { some: { cohortId } } },
        },
        select: { userId: true },
      })
    : [];
  if (coordinators.length > 0) return [...new Set(coordinators.map((c) => c.userId))];
  const admins = await tx.staffRole.findMany({
    where: { kind: 'NETWORK_ADMIN', user: { active: true } },
    select: { userId: true },
  });
  return [...new Set(admins.map((a) => a.userId))];
}

/**
 * Saves the respondent's answer, once. "No, it isn't working" raises a concern for the
 * coordinators — the question says so, so answering it is consent — with a notification and a
 * `checkin.concern` email that names neither the person nor the answer.
 */
export async function answerCheckIn(ctx: ActorContext, input: Answer): Promise<{ concernRaised: boolean }> {
  const { actor } = ctx;
  return ctx.db.$transaction(async (tx) => {
    const checkIn = await ownCheckIn(tx, actor.userId, input.checkInId);
    const now = ctx.clock.now();
    const { count } = await tx.checkIn.updateMany({
      where: { id: checkIn.id, answeredAt: null },
      data: {
        answeredAt: now,
        satisfaction: input.satisfaction,
        meetingFrequency: input.meetingFrequency,
        working: input.working,
        comment: input.comment,
        shareComment: input.comment !== null && input.shareComment,
      },
    });
    if (count === 0) throw new DomainError('CONFLICT', 'You have already answered this check-in. Thank you!');
    if (input.working !== 'NO') return { concernRaised: false };

    const cohort = checkIn.match.cohort;
    const concern = await tx.checkInConcern.create({
      data: { checkInId: checkIn.id, cohortId: cohort.id, raisedAt: now },
      select: { id: true },
    });
    const hospitalId = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { hospitalId: true },
    });
    const recipients = await concernRecipients(tx, cohort.id, hospitalId.hospitalId);
    const link = notificationLink('checkInConcerns');
    await notify(
      tx,
      recipients.map((userId) => ({
        userId,
        kind: 'checkin.concern' as const,
        title: `A match in ${cohort.name} needs attention`,
        body: 'Someone answered in a check-in that their match is not working.',
        link,
      })),
    );
    await queueEmails(
      tx,
      ctx,
      recipients.map((recipientId) => ({
        recipientId,
        kind: 'checkin.concern' as const,
        idempotencyKey: `checkin-concern:${concern.id}:${recipientId}`,
        template: checkInConcern,
        data: { cohortName: cohort.name, link: portalUrl(ctx.config, link) },
      })),
    );
    return { concernRaised: true };
  });
}
