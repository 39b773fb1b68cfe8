import type { PrismaClient } from '@preceptor/db';
import type {
  ReflectionVersionEntry,
  ReflectionView,
} from '@preceptor/domain/reflections/reflection-io-schemas';
import { assertAuthor, type ReflectionAccess, readerAccess } from '../access/reflection-access.ts';
import { type RequestMeta, writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Opens a reflection for its author or a mentor it is shared with. A mentor's read is written
 * to the audit log in the same transaction as the read, so no text leaves without its entry.
 */
export async function withAuditedRead<T>(
  db: PrismaClient,
  userId: string,
  meta: RequestMeta,
  reflectionId: string,
  what: string,
  read: (tx: Tx, access: ReflectionAccess) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    const access = await readerAccess(tx, userId, reflectionId);
    const result = await read(tx, access);
    if (access.role === 'mentor') {
      await writeAudit(tx, userId, meta, {
        action: 'reflection.read',
        entityType: 'Reflection',
        entityId: reflectionId,
        hospitalIds: access.authorHospitalId ? [access.authorHospitalId] : [],
        metadata: { what, version: access.sharedVersion },
      });
    }
    return result;
  });
}

/** The text a mentor may read: the version that was shared with them, never a later edit. */
export async function sharedText(
  tx: Tx,
  reflectionId: string,
  access: ReflectionAccess,
): Promise<{ title: string; body: string; version: number; updatedAt: Date }> {
  if (access.sharedVersion === null) throw new Error('Only a mentor reads the shared version.');
  const kept = await tx.reflectionVersion.findUniqueOrThrow({
    where: { reflectionId_version: { reflectionId, version: access.sharedVersion } },
    select: { title: true, body: true, version: true, createdAt: true },
  });
  return { title: kept.title, body: kept.body, version: kept.version, updatedAt: kept.createdAt };
}

export async function getReflection(
  ctx: ActorContext,
  input: { reflectionId: string },
): Promise<ReflectionView> {
  const { db, meta } = ctx;
  const userId = ctx.actor.userId;
  const { reflectionId } = input;
  return withAuditedRead(db, userId, meta, reflectionId, 'text', async (tx, access) => {
    const row = await tx.reflection.findUniqueOrThrow({
      where: { id: reflectionId },
      select: {
        id: true,
        authorId: true,
        title: true,
        body: true,
        version: true,
        status: true,
        moduleId: true,
        promptSectionKey: true,
        createdAt: true,
        updatedAt: true,
        sharedAt: true,
        author: { select: { firstName: true, lastName: true } },
        confirmations: { select: { findingKey: true } },
        shares: {
          where: { revokedAt: null },
          select: { mentorId: true, mentor: { select: { firstName: true, lastName: true } } },
        },
        module: {
          select: {
            versions: {
              where: { status: 'PUBLISHED' },
              orderBy: { version: 'desc' },
              take: 1,
              select: { title: true, sections: { select: { key: true, title: true, body: true } } },
            },
          },
        },
      },
    });
    const text = access.role === 'mentor' ? await sharedText(tx, reflectionId, access) : row;
    const moduleVersion = row.module?.versions[0];
    const section = moduleVersion?.sections.find((s) => s.key === row.promptSectionKey);
    const isAuthor = access.role === 'author';
    return {
      id: row.id,
      authorId: row.authorId,
      authorName: `${row.author.firstName} ${row.author.lastName}`,
      title: text.title,
      body: text.body,
      version: text.version,
      status: row.status,
      moduleId: row.moduleId,
      promptSectionKey: row.promptSectionKey,
      prompt:
        moduleVersion && section
          ? { moduleTitle: moduleVersion.title, title: section.title, text: section.body }
          : null,
      createdAt: row.createdAt,
      updatedAt: text.updatedAt,
      sharedAt: row.sharedAt,
      isAuthor,
      // Confirmed keys hold normalised words of the text the writer chose to keep private.
      confirmedKeys: isAuthor ? row.confirmations.map((c) => c.findingKey) : [],
      // A mentor sees that it is shared with them, not with whom else.
      sharedWith: row.shares
        .filter((s) => isAuthor || s.mentorId === userId)
        .map((s) => ({ mentorId: s.mentorId, name: `${s.mentor.firstName} ${s.mentor.lastName}` })),
    };
  });
}

/**
 * Every kept version, newest first, for the author only: earlier drafts may hold words the
 * writer removed before sharing (a patient's name fixed after the check), so a mentor never
 * sees them.
 */
export async function listReflectionVersions(
  ctx: ActorContext,
  input: { reflectionId: string },
): Promise<ReflectionVersionEntry[]> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const { reflectionId } = input;
  await assertAuthor(db, userId, reflectionId);
  return db.reflectionVersion.findMany({
    where: { reflectionId },
    orderBy: { version: 'desc' },
    select: { version: true, title: true, body: true, createdAt: true },
  });
}
