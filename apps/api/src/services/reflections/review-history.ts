import type { PrismaClient } from '@preceptor/db';
import type { ReviewHistoryEntry } from '@preceptor/domain/reflections/review-history-schemas';

/** How many past reviews the list shows: a year of weekly reviews for a few mentees. */
const HISTORY_LIMIT = 200;

/**
 * The reviews this mentor gave, newest first. Only what the mentor wrote and when, about whom:
 * no reflection text, title or comment leaves here (see ReviewHistoryEntry).
 */
export async function listReviewHistory(
  prisma: PrismaClient,
  mentorId: string,
): Promise<ReviewHistoryEntry[]> {
  const rows = await prisma.review.findMany({
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
  const readable = await readableReflectionIds(
    prisma,
    mentorId,
    rows.map((row) => row.reflectionId),
  );
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

/** The same test the review page applies (readerAccess): shared with this mentor, match active. */
async function readableReflectionIds(
  prisma: PrismaClient,
  mentorId: string,
  reflectionIds: string[],
): Promise<Set<string>> {
  const rows = await prisma.reflection.findMany({
    where: {
      id: { in: reflectionIds },
      shares: { some: { mentorId, revokedAt: null } },
      author: {
        memberships: {
          some: {
            active: true,
            matchesAsMentee: { some: { status: 'ACTIVE', mentor: { userId: mentorId, active: true } } },
          },
        },
      },
    },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}
