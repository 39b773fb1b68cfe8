import type { PrismaClient } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import { type RequestMeta, writeAudit } from '../audit-log.ts';
import { assertUnlocked, ensureProgress, loadMenteeModule, settleCompletion } from './module-record.ts';
import { auditCompletion } from './section-progress.ts';

/**
 * Opens the module's reflection prompt as a journal draft linked to the module and prompt, or
 * returns the draft already started, so the button can be pressed again safely. The body starts
 * empty: the words are the mentee's, written in the journal.
 */
export async function startModuleReflection(
  prisma: PrismaClient,
  user: { id: string; hospitalId: string | null },
  meta: RequestMeta,
  moduleId: string,
  now = new Date(),
): Promise<{ reflectionId: string; created: boolean }> {
  return prisma.$transaction(async (tx) => {
    const record = await loadMenteeModule(tx, user.id, { id: moduleId }, now);
    assertUnlocked(record);
    if (record.reflectionId) return { reflectionId: record.reflectionId, created: false };
    const section = record.version.sections.find((candidate) => candidate.kind === 'REFLECTION');
    if (!section) throw new DomainError('NOT_FOUND', 'This module has no reflection prompt.');
    await ensureProgress(tx, user.id, record);
    const title = `Reflection: ${record.version.title}`;
    const reflection = await tx.reflection.create({
      data: {
        authorId: user.id,
        title,
        body: '',
        moduleId: record.moduleId,
        promptSectionKey: section.key,
        versions: { create: { version: 1, title, body: '' } },
      },
      select: { id: true },
    });
    await writeAudit(tx, user.id, meta, {
      action: 'reflection.create',
      entityType: 'Reflection',
      entityId: reflection.id,
      hospitalIds: user.hospitalId ? [user.hospitalId] : [],
      metadata: { moduleId: record.moduleId, promptSectionKey: section.key },
    });
    const { justCompleted } = await settleCompletion(tx, user.id, record, now);
    if (justCompleted) await auditCompletion(tx, user, meta, record.moduleId, record.version.version);
    return { reflectionId: reflection.id, created: true };
  });
}
