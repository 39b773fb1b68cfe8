import { DomainError } from '@preceptor/domain/errors';
import { reflectLevelGuide } from '@preceptor/domain/reflections/reflect-rubric';
import type { GrowthPoint } from '@preceptor/domain/reflections/reflection-io-schemas';
import { isCurrentMentorOf } from '../access/reflection-access.ts';
import type { ActorContext } from '../service-context.ts';

/**
 * REFLECT levels over time. The writer sees every review of their reflections; their current
 * mentor sees the reviews of reflections shared with them (not ones the writer withdrew).
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
    select: { createdAt: true, level: true, learning: true },
  });
  return reviews.map((r) => ({
    reviewedAt: r.createdAt,
    level: r.level,
    rank: reflectLevelGuide(r.level).rank,
    learning: r.learning,
  }));
}
