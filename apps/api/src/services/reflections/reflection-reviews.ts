import { DomainError } from '@preceptor/domain/errors';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import { htmlToPlainText } from '@preceptor/domain/reflections/plain-text';
import { deriveOverallLevel, ReflectCriterion } from '@preceptor/domain/reflections/reflect-rubric';
import type { ReflectionStatus } from '@preceptor/domain/reflections/reflection-schemas';
import { transition } from '@preceptor/domain/reflections/reflection-status';
import { isExcerptOf } from '@preceptor/domain/reflections/review-quote';
import {
  type ReviewInput,
  reviewCommentRecord,
  reviewRecordFields,
} from '@preceptor/domain/reflections/review-schemas';
import type { z } from 'zod';
import { readerAccess } from '../access/reflection-access.ts';
import { writeAudit } from '../audit-log.ts';
import { notify } from '../notifications/notify.ts';
import type { ActorContext } from '../service-context.ts';
import { sharedText } from './reflection-reading.ts';

type ParsedReview = z.output<typeof ReviewInput>;

/**
 * A mentor's review of a reflection shared with them: the REFLECT criteria (the overall level
 * derived from them unless the mentor overrides it with a reason), a strength quoted from the
 * version they read, a question, any concern, comments (general and anchored to passages), and an
 * outcome that moves the reflection to reviewed or back to the writer for revision. The writer is
 * notified in-app.
 */
export async function reviewReflection(
  ctx: ActorContext,
  input: ParsedReview,
): Promise<{ reviewId: string; status: ReflectionStatus }> {
  const { db, meta } = ctx;
  const mentorId = ctx.actor.userId;
  return db.$transaction(async (tx) => {
    const access = await readerAccess(tx, mentorId, input.reflectionId);
    if (access.role !== 'mentor') throw new DomainError('NOT_FOUND', 'We could not find that reflection.');
    const { status: current } = await tx.reflection.findUniqueOrThrow({
      where: { id: input.reflectionId },
      select: { status: true },
    });
    const status = transition(current, input.outcome === 'REVIEWED' ? 'markReviewed' : 'requestRevision');
    // The review is of the version shared with this mentor: its anchors count in that text.
    const reflection = await sharedText(tx, input.reflectionId, access);
    if (reflection.version !== input.reflectionVersion) {
      throw new DomainError(
        'CONFLICT',
        'The writer changed this reflection since you opened it. Reload it to read the new version.',
      );
    }
    const text = htmlToPlainText(reflection.body);
    if (!isExcerptOf(text, input.strengthQuote)) {
      throw DomainError.field(
        'strengthQuote',
        'Quote the writer’s own words: this passage is not in the text.',
      );
    }
    for (const [index, comment] of input.comments.entries()) {
      if (comment.anchorEnd !== undefined && comment.anchorEnd > text.length) {
        throw new DomainError('BAD_INPUT', 'A comment points past the end of the text.', {
          fieldErrors: { [`comments.${index}`]: ['This comment’s passage is not in the text.'] },
        });
      }
    }
    const derivedLevel = deriveOverallLevel(input.criteria);
    const level = input.overallOverride?.level ?? derivedLevel;
    const review = await tx.review.create({
      data: {
        reflectionId: input.reflectionId,
        reflectionVersion: reflection.version,
        mentorId,
        level,
        derivedLevel,
        overrideReason: input.overallOverride?.reason ?? null,
        ...reviewRecordFields(input),
        ratings: {
          create: ReflectCriterion.options.map((criterion) => ({
            criterion,
            level: input.criteria[criterion],
          })),
        },
        comments: {
          create: input.comments.map((c) => reviewCommentRecord(c, text)),
        },
      },
      select: { id: true },
    });
    await tx.reflection.update({ where: { id: input.reflectionId }, data: { status } });
    const mentor = await tx.user.findUniqueOrThrow({
      where: { id: mentorId },
      select: { firstName: true, lastName: true },
    });
    const mentorName = `${mentor.firstName} ${mentor.lastName}`;
    // The feedback itself stays on the reflection's page: a notification only says it is there.
    await notify(tx, [
      input.outcome === 'REVIEWED'
        ? {
            userId: access.authorId,
            kind: 'reflection.reviewed',
            title: `${mentorName} reviewed your reflection`,
            body: 'Open it to read their feedback.',
            link: notificationLink('journalEntry', { reflectionId: input.reflectionId }),
          }
        : {
            userId: access.authorId,
            kind: 'reflection.revision_requested',
            title: `${mentorName} asked you to revise your reflection`,
            body: 'Open it to read their feedback, then share it again.',
            link: notificationLink('journalEntry', { reflectionId: input.reflectionId }),
          },
    ]);
    await writeAudit(tx, mentorId, meta, {
      action: 'reflection.review',
      entityType: 'Reflection',
      entityId: input.reflectionId,
      hospitalIds: access.authorHospitalId ? [access.authorHospitalId] : [],
      metadata: {
        outcome: input.outcome,
        level,
        overridden: level !== derivedLevel,
        concerns: input.concerns,
        version: reflection.version,
      },
    });
    return { reviewId: review.id, status };
  });
}
