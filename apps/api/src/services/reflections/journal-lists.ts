import type { PrismaClient } from '@preceptor/db';
import type { JournalEntrySummary, ReviewQueueEntry } from '@preceptor/domain/reflections/reflection-schemas';

export async function listMyJournal(prisma: PrismaClient, authorId: string): Promise<JournalEntrySummary[]> {
  return prisma.reflection.findMany({
    where: { authorId },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, title: true, status: true, updatedAt: true, sharedAt: true },
  });
}

/** Reflections shared with this mentor (and not withdrawn) that wait for a review. */
export async function listReviewQueue(prisma: PrismaClient, mentorId: string): Promise<ReviewQueueEntry[]> {
  const rows = await prisma.reflection.findMany({
    where: { status: 'SHARED', shares: { some: { mentorId, revokedAt: null } } },
    orderBy: { sharedAt: 'asc' },
    select: {
      id: true,
      title: true,
      status: true,
      sharedAt: true,
      author: { select: { firstName: true, lastName: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    sharedAt: row.sharedAt,
    authorName: `${row.author.firstName} ${row.author.lastName}`,
  }));
}
