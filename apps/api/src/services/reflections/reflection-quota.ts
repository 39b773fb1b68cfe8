import type { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import {
  MAX_KEPT_VERSIONS,
  MAX_NEW_REFLECTIONS_PER_DAY,
  MAX_REFLECTIONS_PER_PERSON,
} from '@preceptor/domain/reflections/reflection-quotas';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Refuses a new reflection beyond the per-person limits. Holds a per-person lock until the
 * transaction ends, so two tabs creating at once cannot both slip under the limit.
 */
export async function assertRoomForNewReflection(
  tx: Prisma.TransactionClient,
  authorId: string,
  now: Date,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('reflection-quota'), hashtext(${authorId}))`;
  const [total, today] = await Promise.all([
    tx.reflection.count({ where: { authorId } }),
    tx.reflection.count({ where: { authorId, createdAt: { gt: new Date(now.getTime() - DAY_MS) } } }),
  ]);
  if (total >= MAX_REFLECTIONS_PER_PERSON) {
    throw new DomainError(
      'BAD_INPUT',
      `Your journal holds ${MAX_REFLECTIONS_PER_PERSON.toLocaleString('en-US')} reflections, the most it can keep. Continue an existing reflection instead.`,
    );
  }
  if (today >= MAX_NEW_REFLECTIONS_PER_DAY) {
    throw new DomainError(
      'BAD_INPUT',
      `You started ${MAX_NEW_REFLECTIONS_PER_DAY} reflections in the last 24 hours, the most for one day. Continue one of them, or start a new one tomorrow.`,
    );
  }
}

/**
 * Lets go of the oldest versions beyond the number kept, never one a mentor was shared or
 * reviewed (their comments point into it) and never the current one.
 */
export async function pruneOldVersions(
  tx: Prisma.TransactionClient,
  reflectionId: string,
  currentVersion: number,
): Promise<void> {
  const kept = await tx.reflectionVersion.count({ where: { reflectionId } });
  if (kept <= MAX_KEPT_VERSIONS) return;
  const [shares, reviews] = await Promise.all([
    tx.reflectionShare.findMany({ where: { reflectionId }, select: { version: true } }),
    tx.review.findMany({ where: { reflectionId }, select: { reflectionVersion: true } }),
  ]);
  const protectedVersions = [...shares.map((s) => s.version), ...reviews.map((r) => r.reflectionVersion)];
  const oldest = await tx.reflectionVersion.findMany({
    where: { reflectionId, version: { notIn: protectedVersions, lt: currentVersion } },
    orderBy: { version: 'asc' },
    take: kept - MAX_KEPT_VERSIONS,
    select: { id: true },
  });
  await tx.reflectionVersion.deleteMany({ where: { id: { in: oldest.map((v) => v.id) } } });
}
