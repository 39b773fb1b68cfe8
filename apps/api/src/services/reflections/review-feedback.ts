import type { Prisma } from '@preceptor/db';
import { ReflectCriterion } from '@preceptor/domain/reflections/reflect-rubric';
import type { ReviewView } from '@preceptor/domain/reflections/review-schemas';
import type { ActorContext } from '../service-context.ts';
import { withAuditedRead } from './reflection-reading.ts';

/** What a review holds that its readers see, reviews from before per-criterion rating included. */
const REVIEW_VIEW_SELECT = {
  id: true,
  reflectionVersion: true,
  level: true,
  derivedLevel: true,
  overrideReason: true,
  learning: true,
  strengthQuote: true,
  strengthNote: true,
  furtherQuestion: true,
  concerns: true,
  generalComment: true,
  outcome: true,
  createdAt: true,
  menteeResponse: true,
  agreedNextStep: true,
  respondedAt: true,
  mentor: { select: { firstName: true, lastName: true } },
  ratings: { select: { criterion: true, level: true } },
  comments: {
    orderBy: [{ anchorStart: 'asc' }, { id: 'asc' }],
    select: { id: true, body: true, anchorStart: true, anchorEnd: true, anchorText: true },
  },
} satisfies Prisma.ReviewSelect;

/**
 * All reviews of a reflection, oldest first, for its author and the mentors it is shared with
 * (a mentor's read is audited). The writer's response travels with each review.
 */
export async function listFeedback(
  ctx: ActorContext,
  input: { reflectionId: string },
): Promise<ReviewView[]> {
  const { db, meta } = ctx;
  const { reflectionId } = input;
  return withAuditedRead(db, ctx.actor.userId, meta, reflectionId, 'feedback', async (tx) => {
    const reviews = await tx.review.findMany({
      where: { reflectionId },
      orderBy: { createdAt: 'asc' },
      select: REVIEW_VIEW_SELECT,
    });
    return reviews.map(({ mentor, ratings, menteeResponse, agreedNextStep, respondedAt, ...review }) => ({
      ...review,
      criteria: ratings.toSorted(
        (a, b) =>
          ReflectCriterion.options.indexOf(a.criterion) - ReflectCriterion.options.indexOf(b.criterion),
      ),
      mentorName: `${mentor.firstName} ${mentor.lastName}`,
      response: respondedAt ? { response: menteeResponse, agreedNextStep, respondedAt } : null,
    }));
  });
}
