import type { ReviewHistoryEntry } from '@preceptor/domain/reflections/review-history-schemas';
import { readableByMentor } from '../access/reflection-access.ts';
import type { ActorContext } from '../service-context.ts';

/** How many past reviews the list shows: a year of weekly reviews for a few mentees. */
const HISTORY_LIMIT = 200;

/**
 * The reviews this mentor gave, newest first. Only what the mentor wrote and when, about whom:
 * no reflection text, title or comment leaves here (see ReviewHistoryEntry).
 */
export async function listReviewHistory(ctx: ActorContext): Promise<ReviewHistoryEntry[]> {
  const mentorId = ctx.actor.userId;
  const rows = await ctx.db.review.findMany({
    where: { mentorId },
    orderBy: { createdAt: 'desc' },
    take: HISTORY_LIMIT,
    select: {
      id: true,
      reflectionId: true,
      reflectionVersion: true,
      level: true,
      outcome: true,
      createdAt: true,
      reflection: {
        select: {
          author: { select: { firstName: true, lastName: true } },
          module: {
            select: {
              versions: {
                where: { status: 'PUBLISHED' },
                orderBy: { version: 'desc' },
                take: 1,
                select: { title: true },
              },
            },
          },
        },
      },
    },
  });
  // Whether each still opens: the same test the review page applies.
  const openable = await ctx.db.reflection.findMany({
    where: { id: { in: rows.map((row) => row.reflectionId) }, ...readableByMentor(mentorId) },
    select: { id: true },
  });
  const readable = new Set(openable.map((row) => row.id));
  return rows.map((row) => ({
    reviewId: row.id,
    reflectionId: row.reflectionId,
    authorName: `${row.reflection.author.firstName} ${row.reflection.author.lastName}`,
    moduleTitle: row.reflection.module?.versions[0]?.title ?? null,
    reflectionVersion: row.reflectionVersion,
    level: row.level,
    outcome: row.outcome,
    reviewedAt: row.createdAt,
    canOpen: readable.has(row.reflectionId),
  }));
}
