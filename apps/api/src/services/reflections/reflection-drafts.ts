import type { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type {
  CreateReflectionInput,
  RestoreVersionInput,
  SaveReflectionInput,
  SaveResult,
} from '@preceptor/domain/reflections/reflection-io-schemas';
import { transition } from '@preceptor/domain/reflections/reflection-status';
import type { z } from 'zod';
import { assertAuthor } from '../access/reflection-access.ts';
import { actingPerson } from '../acting-person.ts';
import { openModuleReflection } from '../modules/module-reflection.ts';
import type { ActorContext } from '../service-context.ts';
import { assertRoomForNewReflection, pruneOldVersions } from './reflection-quota.ts';
import { sanitizeBody } from './sanitize-body.ts';

type CreateInput = z.output<typeof CreateReflectionInput>;

/**
 * A new draft, version 1, kept in the history from the start. One answering a module's prompt
 * goes through the module's own rules (assigned, unlocked, the right prompt, one reflection per
 * prompt), the same path the module page's button takes.
 */
export async function createReflection(
  ctx: ActorContext,
  input: CreateInput,
): Promise<{ id: string; version: number; created: boolean }> {
  const { db } = ctx;
  if (input.promptSectionKey !== undefined && input.moduleId === undefined) {
    throw new DomainError('BAD_INPUT', 'A module prompt needs its module.', {
      fieldErrors: { moduleId: ['Choose the module whose prompt this answers.'] },
    });
  }
  if (input.moduleId !== undefined) {
    const opened = await openModuleReflection(ctx, {
      moduleId: input.moduleId,
      promptSectionKey: input.promptSectionKey,
      title: input.title,
      body: input.body,
    });
    return { id: opened.reflectionId, version: opened.version, created: opened.created };
  }
  const author = await actingPerson(ctx);
  const body = await sanitizeBody(input.body);
  const created = await db.$transaction(async (tx) => {
    await assertRoomForNewReflection(tx, author.id, ctx.clock.now());
    return tx.reflection.create({
      data: {
        authorId: author.id,
        title: input.title,
        body,
        versions: { create: { version: 1, title: input.title, body } },
      },
      select: { id: true, version: true },
    });
  });
  return { ...created, created: true };
}

async function conflict(db: Prisma.TransactionClient, reflectionId: string): Promise<never> {
  const current = await db.reflection.findUniqueOrThrow({
    where: { id: reflectionId },
    select: { version: true, title: true, body: true, updatedAt: true },
  });
  throw new DomainError(
    'CONFLICT',
    'This reflection was changed in another tab or device since you opened it. Both versions are kept: choose which to keep.',
    { current },
  );
}

/**
 * Saves the writer's text if it is based on the current version (optimistic concurrency):
 * otherwise CONFLICT with the server's text, so the browser can show both and never overwrite.
 * A save that changes nothing keeps no version.
 */
export async function saveReflection(ctx: ActorContext, input: SaveReflectionInput): Promise<SaveResult> {
  const { db } = ctx;
  const authorId = ctx.actor.userId;
  await assertAuthor(db, authorId, input.reflectionId);
  const body = await sanitizeBody(input.body);
  return db.$transaction(async (tx) => {
    const current = await tx.reflection.findUniqueOrThrow({
      where: { id: input.reflectionId },
      select: { version: true, title: true, body: true, status: true, updatedAt: true },
    });
    if (current.version !== input.expectedVersion) return conflict(tx, input.reflectionId);
    if (current.title === input.title && current.body === body) {
      return {
        version: current.version,
        updatedAt: current.updatedAt,
        status: current.status,
        changed: false,
      };
    }
    const status = transition(current.status, 'edit');
    const next = current.version + 1;
    // The version in the WHERE makes a racing save from another tab lose cleanly, not overwrite.
    const updated = await tx.reflection.updateMany({
      where: { id: input.reflectionId, version: input.expectedVersion },
      data: { title: input.title, body, version: next, status },
    });
    if (updated.count === 0) return conflict(tx, input.reflectionId);
    await tx.reflectionVersion.create({
      data: { reflectionId: input.reflectionId, version: next, title: input.title, body },
    });
    await pruneOldVersions(tx, input.reflectionId, next);
    const saved = await tx.reflection.findUniqueOrThrow({
      where: { id: input.reflectionId },
      select: { version: true, updatedAt: true, status: true },
    });
    return { ...saved, changed: true };
  });
}

/** Brings back an earlier version as a new one; the versions in between stay in the history. */
export async function restoreReflectionVersion(
  ctx: ActorContext,
  input: RestoreVersionInput,
): Promise<SaveResult> {
  const { db } = ctx;
  const authorId = ctx.actor.userId;
  await assertAuthor(db, authorId, input.reflectionId);
  const old = await db.reflectionVersion.findUnique({
    where: { reflectionId_version: { reflectionId: input.reflectionId, version: input.version } },
    select: { title: true, body: true },
  });
  if (!old) throw new DomainError('NOT_FOUND', `This reflection has no version ${input.version}.`);
  return saveReflection(ctx, {
    reflectionId: input.reflectionId,
    expectedVersion: input.expectedVersion,
    title: old.title,
    body: old.body,
  });
}
