import type { Prisma } from '@preceptor/db';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import { isCurrentMentorOf } from '../access/reflection-access.ts';
import { type RequestMeta, writeAudit } from '../audit-log.ts';

interface EndedPair {
  matchId: string;
  mentorId: string;
  menteeId: string;
  hospitalIds: readonly string[];
}

/**
 * When a match ends, the mentor loses the mentee's reflections shared with them: a mentor reads
 * only while their match is active. Run in the transaction that ends the match, after it is
 * ended, so the two never part. A pair still matched in another cohort keeps its shares.
 * A reflection left waiting for nobody goes back to a draft, so the writer can share it with
 * their next mentor.
 */
export async function revokeSharesOfEndedMatch(
  tx: Prisma.TransactionClient,
  actorId: string,
  meta: RequestMeta,
  pair: EndedPair,
): Promise<void> {
  if (await isCurrentMentorOf(tx, pair.mentorId, pair.menteeId)) return;
  const shares = await tx.reflectionShare.findMany({
    where: { mentorId: pair.mentorId, revokedAt: null, reflection: { authorId: pair.menteeId } },
    select: { reflectionId: true },
  });
  if (shares.length === 0) return;
  const reflectionIds = shares.map((s) => s.reflectionId);
  await tx.reflectionShare.updateMany({
    where: { mentorId: pair.mentorId, reflectionId: { in: reflectionIds }, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  await tx.reflection.updateMany({
    where: { id: { in: reflectionIds }, status: 'SHARED', shares: { none: { revokedAt: null } } },
    data: { status: 'DRAFT', sharedAt: null },
  });
  // "Ready for review" the mentor has not opened would now lead to a page they cannot read.
  await tx.notification.deleteMany({
    where: {
      userId: pair.mentorId,
      kind: 'reflection.shared',
      readAt: null,
      link: { in: reflectionIds.map((reflectionId) => notificationLink('review', { reflectionId })) },
    },
  });
  await writeAudit(tx, actorId, meta, {
    action: 'reflection.shares_revoked',
    entityType: 'Match',
    entityId: pair.matchId,
    hospitalIds: pair.hospitalIds,
    metadata: { mentorId: pair.mentorId, reflectionIds },
  });
}
