import { DomainError } from '@preceptor/domain/errors';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import type { RespondToReviewInput, ReviewResponse } from '@preceptor/domain/reflections/review-schemas';
import { assertAuthor } from '../access/reflection-access.ts';
import { notify } from '../notifications/notify.ts';
import type { ActorContext } from '../service-context.ts';

/**
 * The writer answers a review of their reflection and records the next step they agreed with
 * their mentor. Answering again replaces the earlier answer (the conversation moves on; the
 * review itself never changes). Only the author may answer; the mentor is told in-app, without
 * the words.
 */
export async function respondToReview(
  ctx: ActorContext,
  input: RespondToReviewInput,
): Promise<ReviewResponse> {
  const userId = ctx.actor.userId;
  return ctx.db.$transaction(async (tx) => {
    const review = await tx.review.findUnique({
      where: { id: input.reviewId },
      select: { reflectionId: true, mentorId: true },
    });
    if (!review) throw new DomainError('NOT_FOUND', 'We could not find that review.');
    await assertAuthor(tx, userId, review.reflectionId);
    const answer = {
      menteeResponse: input.response === '' ? null : input.response,
      agreedNextStep: input.agreedNextStep === '' ? null : input.agreedNextStep,
      respondedAt: ctx.clock.now(),
    };
    await tx.review.update({ where: { id: input.reviewId }, data: answer });
    const writer = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { firstName: true, lastName: true },
    });
    await notify(tx, [
      {
        userId: review.mentorId,
        kind: 'reflection.review_answered',
        title: `${writer.firstName} ${writer.lastName} answered your review`,
        body: 'Open the reflection to read their response.',
        link: notificationLink('review', { reflectionId: review.reflectionId }),
      },
    ]);
    return {
      response: answer.menteeResponse,
      agreedNextStep: answer.agreedNextStep,
      respondedAt: answer.respondedAt,
    };
  });
}
