import type { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import { actingPerson } from '../acting-person.ts';
import { writeAudit } from '../audit-log.ts';
import { sanitizeBody } from '../reflections/sanitize-body.ts';
import type { ActorContext } from '../service-context.ts';
import { assertUnlocked, ensureProgress, loadMenteeModule, settleCompletion } from './module-record.ts';
import { auditCompletion } from './section-progress.ts';

export interface ModulePromptRequest {
  moduleId: string;
  /** The prompt being answered; omitted means the module's own reflection prompt. */
  promptSectionKey?: string | undefined;
  /** Words the writer already has, for a brand-new reflection; empty when opening from a module. */
  title?: string | undefined;
  body?: string | undefined;
}

export interface OpenedReflection {
  reflectionId: string;
  version: number;
  created: boolean;
}

/*
 * Two callers open the same reflection: the module page's button and the journal's
 * /journal/new?moduleId=… link. Both come here, so the rules are the same either way.
 */

/**
 * Opens a mentee's reflection on a module's prompt: the module must be theirs (assigned or
 * started) and unlocked, and the prompt must be its reflection section. The reflection already
 * started on that prompt is reopened rather than duplicated; otherwise a draft is created.
 * Either way the module's reflection step counts as done.
 */
export async function openModuleReflection(
  ctx: ActorContext,
  input: ModulePromptRequest,
): Promise<OpenedReflection> {
  const { db, meta } = ctx;
  const user = await actingPerson(ctx);
  const now = ctx.clock.now();
  return db.$transaction(async (tx) => {
    await lockMenteeModule(tx, user.id, input.moduleId);
    const record = await loadMenteeModule(tx, user.id, { id: input.moduleId }, now);
    assertUnlocked(record);
    const section = record.version.sections.find((candidate) => candidate.kind === 'REFLECTION');
    if (!section) throw new DomainError('NOT_FOUND', 'This module has no reflection prompt.');
    if (input.promptSectionKey !== undefined && input.promptSectionKey !== section.key) {
      throw new DomainError('BAD_INPUT', 'That is not this module’s reflection prompt.', {
        fieldErrors: { promptSectionKey: [`This module’s reflection prompt is “${section.title}”.`] },
      });
    }
    const title = input.title?.trim() ?? '';
    const body = await sanitizeBody(input.body ?? '');
    await ensureProgress(tx, user.id, record);

    let opened: OpenedReflection;
    if (record.reflectionId) {
      // Reopening must not drop words sent along with the input: refuse rather than ignore them.
      if (title !== '' || body !== '') {
        throw new DomainError(
          'CONFLICT',
          'You already started a reflection on this prompt. Open it to continue writing there.',
          { reflectionId: record.reflectionId },
        );
      }
      const existing = await tx.reflection.findUniqueOrThrow({
        where: { id: record.reflectionId },
        select: { version: true },
      });
      opened = { reflectionId: record.reflectionId, version: existing.version, created: false };
    } else {
      const chosenTitle = title || `Reflection: ${record.version.title}`;
      const reflection = await tx.reflection.create({
        data: {
          authorId: user.id,
          title: chosenTitle,
          body,
          moduleId: record.moduleId,
          promptSectionKey: section.key,
          versions: { create: { version: 1, title: chosenTitle, body } },
        },
        select: { id: true, version: true },
      });
      await writeAudit(tx, user.id, meta, {
        action: 'reflection.create',
        entityType: 'Reflection',
        entityId: reflection.id,
        hospitalIds: user.hospitalId ? [user.hospitalId] : [],
        metadata: { moduleId: record.moduleId, promptSectionKey: section.key },
      });
      opened = { reflectionId: reflection.id, version: reflection.version, created: true };
    }
    // Also when reopening: a reflection started before this rule existed still completes the step.
    const { justCompleted } = await settleCompletion(tx, user.id, record, now);
    if (justCompleted) await auditCompletion(tx, user, meta, record.moduleId, record.version.version);
    return opened;
  });
}

/**
 * Serialises openings of one mentee's module prompt, so two clicks or two tabs racing each other
 * find the first one's draft instead of both creating one. Held until the transaction ends.
 */
async function lockMenteeModule(tx: Prisma.TransactionClient, userId: string, moduleId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}), hashtext(${moduleId}))`;
}
