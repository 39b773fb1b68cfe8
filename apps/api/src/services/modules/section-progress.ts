import { DomainError } from '@preceptor/domain/errors';
import type { ModuleCompletion } from '@preceptor/domain/modules/module-completion';
import { actingPerson } from '../acting-person.ts';
import { type RequestMeta, writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';
import { assertUnlocked, ensureProgress, loadMenteeModule, settleCompletion } from './module-record.ts';

/**
 * Marks a lesson or case as read. Quiz and reflection sections complete by their own acts
 * (a pass, a journal draft), so they cannot be ticked off here.
 */
export async function markSectionDone(
  ctx: ActorContext,
  input: { moduleId: string; sectionKey: string },
): Promise<ModuleCompletion> {
  const { db, meta } = ctx;
  const user = await actingPerson(ctx);
  const now = ctx.clock.now();
  return db.$transaction(async (tx) => {
    const record = await loadMenteeModule(tx, user.id, { id: input.moduleId }, now);
    assertUnlocked(record);
    const section = record.version.sections.find((candidate) => candidate.key === input.sectionKey);
    if (!section) {
      throw new DomainError('NOT_FOUND', `This module has no section "${input.sectionKey}".`);
    }
    if (section.kind !== 'LESSON' && section.kind !== 'CASE') {
      throw new DomainError(
        'BAD_INPUT',
        section.kind === 'QUIZ'
          ? 'The quiz is done when you pass it.'
          : 'The reflection is done when you start it in your journal.',
      );
    }
    const progress = await ensureProgress(tx, user.id, record);
    if (!progress.completedSectionKeys.includes(section.key)) {
      await tx.moduleProgress.update({
        where: { id: progress.id },
        data: { completedSectionKeys: { push: section.key } },
      });
    }
    const { completion, justCompleted } = await settleCompletion(tx, user.id, record, now);
    if (justCompleted) await auditCompletion(tx, user, meta, record.moduleId, record.version.version);
    return completion;
  });
}

export async function auditCompletion(
  tx: Parameters<typeof writeAudit>[0],
  user: { id: string; hospitalId: string | null },
  meta: RequestMeta,
  moduleId: string,
  version: number,
): Promise<void> {
  await writeAudit(tx, user.id, meta, {
    action: 'module.complete',
    entityType: 'Module',
    entityId: moduleId,
    hospitalIds: user.hospitalId ? [user.hospitalId] : [],
    metadata: { version },
  });
}
