import { DomainError } from '@preceptor/domain/errors';
import { learningApplies, reflectLevelGuide } from '@preceptor/domain/reflections/reflect-rubric';
import type { GrowthPoint } from '@preceptor/domain/reflections/review-schemas';
import { isCurrentMentorOf } from '../access/reflection-access.ts';
import type { ActorContext } from '../service-context.ts';

/**
 * REFLECT levels over time, overall and per criterion. The writer sees every review of their
 * reflections; their current mentor sees the reviews of reflections shared with them (not ones the
 * writer withdrew). A review from before per-criterion rating has no criterion points (not zeros),
 * and learning is shown only where the rubric rates it.
 */
export async function reflectionGrowth(
  ctx: ActorContext,
  input: { menteeId?: string },
): Promise<GrowthPoint[]> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const { menteeId } = input;
  const authorId = menteeId ?? userId;
  const asMentor = authorId !== userId;
  if (asMentor && !(await isCurrentMentorOf(db, userId, authorId))) {
    throw new DomainError('NOT_FOUND', 'We could not find that mentee among yours.');
  }
  const reviews = await db.review.findMany({
    where: {
      reflection: {
        authorId,
        ...(asMentor ? { shares: { some: { mentorId: userId, revokedAt: null } } } : {}),
      },
    },
    orderBy: { createdAt: 'asc' },
    select: {
      createdAt: true,
      level: true,
      learning: true,
      ratings: { select: { criterion: true, level: true } },
    },
  });
  return reviews.map((r) => ({
    reviewedAt: r.createdAt,
    level: r.level,
    rank: reflectLevelGuide(r.level).rank,
    learning: learningApplies(r.level) ? r.learning : null,
    criteria: r.ratings.map((rating) => ({
      criterion: rating.criterion,
      rank: reflectLevelGuide(rating.level).rank,
    })),
  }));
}
