import type { JournalEntrySummary, ReviewQueueEntry } from '@preceptor/domain/reflections/reflection-schemas';
import { readThrough } from '../../cache/read-cache.ts';
import { readableByMentor } from '../access/reflection-access.ts';
import type { ActorContext } from '../service-context.ts';

/** The author's own list, through the server's cache (dropped when any of their reflections changes). */
export async function listMyJournal(ctx: ActorContext): Promise<JournalEntrySummary[]> {
  const { db } = ctx;
  const authorId = ctx.actor.userId;
  return readThrough(ctx.readCache, `journal:${authorId}`, authorId, () =>
    db.reflection.findMany({
      where: { authorId },
      orderBy: { updatedAt: 'desc' },
      select: { id: true, title: true, status: true, updatedAt: true, sharedAt: true },
    }),
  );
}

/**
 * Reflections shared with this mentor (not withdrawn, match still active) that wait for a
 * review. Nothing of the text leaves here, the title included: reading it is the review page's
 * job, where each read is audited.
 */
export async function listReviewQueue(ctx: ActorContext): Promise<ReviewQueueEntry[]> {
  const { db } = ctx;
  const mentorId = ctx.actor.userId;
  const rows = await db.reflection.findMany({
    where: { status: 'SHARED', ...readableByMentor(mentorId) },
    orderBy: { sharedAt: 'asc' },
    select: {
      id: true,
      status: true,
      sharedAt: true,
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
  });
  return rows.map((row) => ({
    id: row.id,
    authorName: `${row.author.firstName} ${row.author.lastName}`,
    moduleTitle: row.module?.versions[0]?.title ?? null,
    status: row.status,
    sharedAt: row.sharedAt,
  }));
}
