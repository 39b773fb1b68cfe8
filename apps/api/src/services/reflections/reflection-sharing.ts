import { DomainError } from '@preceptor/domain/errors';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import {
  findingKey,
  findPatientIdentifiers,
  unconfirmedFindings,
} from '@preceptor/domain/reflections/identifier-check';
import { blocksSharing } from '@preceptor/domain/reflections/identifier-finding';
import { htmlToPlainText } from '@preceptor/domain/reflections/plain-text';
import type {
  ConfirmFindingInput,
  LocatedFinding,
  ShareResult,
} from '@preceptor/domain/reflections/reflection-io-schemas';
import type { ReflectionStatus } from '@preceptor/domain/reflections/reflection-schemas';
import { transition } from '@preceptor/domain/reflections/reflection-status';
import { assertAuthor, currentMentors } from '../access/reflection-access.ts';
import { writeAudit } from '../audit-log.ts';
import { notify } from '../notifications/notify.ts';
import type { ActorContext } from '../service-context.ts';

/** The identifier check over both fields a mentor would read: the title and the body. */
export function locatedUnconfirmedFindings(
  title: string,
  body: string,
  confirmedKeys: Iterable<string>,
): LocatedFinding[] {
  const keys = [...confirmedKeys];
  return [
    ...unconfirmedFindings(title, keys).map((f) => ({ ...f, field: 'title' as const })),
    ...unconfirmedFindings(htmlToPlainText(body), keys).map((f) => ({ ...f, field: 'body' as const })),
  ];
}

/**
 * Records the writer's word that a flagged passage is not a patient identifier. Only a passage
 * the check actually flags in the current text can be confirmed, so the record means something.
 */
export async function confirmFinding(
  ctx: ActorContext,
  input: ConfirmFindingInput,
): Promise<{ findingKey: string }> {
  const { db, meta } = ctx;
  const authorId = ctx.actor.userId;
  await assertAuthor(db, authorId, input.reflectionId);
  const reflection = await db.reflection.findUniqueOrThrow({
    where: { id: input.reflectionId },
    select: { title: true, body: true },
  });
  const key = findingKey(input);
  const flagged = [
    ...findPatientIdentifiers(reflection.title),
    ...findPatientIdentifiers(htmlToPlainText(reflection.body)),
  ].some((f) => findingKey(f) === key);
  if (!flagged) {
    throw new DomainError(
      'PRECONDITION_FAILED',
      'That passage is not flagged in the saved text. Wait for your latest changes to save, then try again.',
    );
  }
  await db.$transaction(async (tx) => {
    await tx.identifierConfirmation.upsert({
      where: { reflectionId_findingKey: { reflectionId: input.reflectionId, findingKey: key } },
      create: { reflectionId: input.reflectionId, findingKey: key, kind: input.kind },
      update: {},
    });
    // The words stay out of the log: the kind is enough to account for the decision.
    await writeAudit(tx, authorId, meta, {
      action: 'reflection.identifier_confirmed',
      entityType: 'Reflection',
      entityId: input.reflectionId,
      metadata: { kind: input.kind },
    });
  });
  return { findingKey: key };
}

/**
 * Shares the reflection with the author's current mentors, after running the same
 * patient-identifier check the editor runs: any finding the writer has not confirmed refuses
 * the share, listed in the error's details. A "possibly identifying detail" (a soft kind) is
 * asked about in the editor but does not hold the share back.
 */
export async function shareReflection(
  ctx: ActorContext,
  input: { reflectionId: string },
): Promise<ShareResult> {
  const { db, meta } = ctx;
  const authorId = ctx.actor.userId;
  const { reflectionId } = input;
  await assertAuthor(db, authorId, reflectionId);
  return db.$transaction(async (tx) => {
    const reflection = await tx.reflection.findUniqueOrThrow({
      where: { id: reflectionId },
      select: {
        title: true,
        body: true,
        version: true,
        status: true,
        author: { select: { hospitalId: true, firstName: true, lastName: true } },
        confirmations: { select: { findingKey: true } },
      },
    });
    const status = transition(reflection.status, 'share');
    if (reflection.title.trim() === '' || htmlToPlainText(reflection.body).trim() === '') {
      throw new DomainError(
        'PRECONDITION_FAILED',
        'Give the reflection a title and some text before sharing it.',
      );
    }
    const findings = locatedUnconfirmedFindings(
      reflection.title,
      reflection.body,
      reflection.confirmations.map((c) => c.findingKey),
    ).filter(blocksSharing);
    if (findings.length > 0) {
      throw new DomainError(
        'PRECONDITION_FAILED',
        `This reflection may name a patient (${findings.length} passage${findings.length === 1 ? '' : 's'} to check). Edit each one away or confirm it is not a patient identifier, then share again.`,
        { findings },
      );
    }
    const mentors = await currentMentors(tx, authorId);
    if (mentors.length === 0) {
      throw new DomainError(
        'PRECONDITION_FAILED',
        'You have no current mentor to share this reflection with.',
      );
    }
    const sharedAt = ctx.clock.now();
    for (const { mentorId } of mentors) {
      await tx.reflectionShare.upsert({
        where: { reflectionId_mentorId: { reflectionId, mentorId } },
        create: { reflectionId, mentorId, version: reflection.version, sharedAt },
        update: { version: reflection.version, sharedAt, revokedAt: null },
      });
    }
    await tx.reflection.update({ where: { id: reflectionId }, data: { status, sharedAt } });
    // Who shared, never what: the title and text stay on the review page, behind its access check.
    const writer = `${reflection.author.firstName} ${reflection.author.lastName}`;
    await notify(
      tx,
      mentors.map(({ mentorId }) => ({
        userId: mentorId,
        kind: 'reflection.shared',
        title:
          reflection.status === 'REVISION_REQUESTED'
            ? `${writer} shared a revised reflection for your review`
            : `${writer} shared a reflection for your review`,
        link: notificationLink('review', { reflectionId }),
      })),
    );
    await writeAudit(tx, authorId, meta, {
      action: 'reflection.share',
      entityType: 'Reflection',
      entityId: reflectionId,
      hospitalIds: reflection.author.hospitalId ? [reflection.author.hospitalId] : [],
      metadata: { mentorIds: mentors.map((m) => m.mentorId) },
    });
    return { status, sharedAt, sharedWith: mentors };
  });
}

/** Withdraws the reflection from every mentor; it becomes a draft the writer can edit again. */
export async function unshareReflection(
  ctx: ActorContext,
  input: { reflectionId: string },
): Promise<{ status: ReflectionStatus }> {
  const { db, meta } = ctx;
  const authorId = ctx.actor.userId;
  const { reflectionId } = input;
  await assertAuthor(db, authorId, reflectionId);
  return db.$transaction(async (tx) => {
    const reflection = await tx.reflection.findUniqueOrThrow({
      where: { id: reflectionId },
      select: { status: true, author: { select: { hospitalId: true } } },
    });
    const status = transition(reflection.status, 'unshare');
    await tx.reflectionShare.updateMany({
      where: { reflectionId, revokedAt: null },
      data: { revokedAt: ctx.clock.now() },
    });
    await tx.reflection.update({ where: { id: reflectionId }, data: { status, sharedAt: null } });
    // The mentors can no longer open it: an unread "ready for review" would lead to a dead end.
    await tx.notification.deleteMany({
      where: { kind: 'reflection.shared', link: notificationLink('review', { reflectionId }), readAt: null },
    });
    await writeAudit(tx, authorId, meta, {
      action: 'reflection.unshare',
      entityType: 'Reflection',
      entityId: reflectionId,
      hospitalIds: reflection.author.hospitalId ? [reflection.author.hospitalId] : [],
    });
    return { status };
  });
}
