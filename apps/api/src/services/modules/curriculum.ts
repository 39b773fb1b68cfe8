import type { Db } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { CohortCurriculum, SetCurriculumInput } from '@preceptor/domain/modules/curriculum-schemas';
import type { Actor } from '@preceptor/domain/permissions/actor';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';

const currentTitle = {
  where: { status: 'PUBLISHED' as const },
  orderBy: { version: 'desc' as const },
  take: 1,
  select: { title: true },
};

/** A cohort's curriculum for staff who administer one of its hospitals, with what may be added. */
export function cohortCurriculum(ctx: ActorContext, input: { cohortId: string }): Promise<CohortCurriculum> {
  return readCurriculum(ctx.db, ctx.actor, input.cohortId);
}

/** The curriculum as staff see it; also read back inside the transaction that set it. */
async function readCurriculum(db: Db, actor: Actor, cohortId: string): Promise<CohortCurriculum> {
  const cohort = await cohortForStaff(db, actor, cohortId, false);
  const [settings, items, catalogue] = await Promise.all([
    db.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { sequentialCurriculum: true } }),
    db.curriculumItem.findMany({
      where: { cohortId },
      orderBy: { position: 'asc' },
      select: {
        moduleId: true,
        position: true,
        dueAt: true,
        module: { select: { slug: true, versions: currentTitle } },
      },
    }),
    db.module.findMany({
      where: { archived: false, versions: { some: { status: 'PUBLISHED' } } },
      orderBy: { slug: 'asc' },
      select: { id: true, slug: true, versions: currentTitle },
    }),
  ]);
  return {
    cohortId,
    cohortName: cohort.name,
    readOnly: cohort.status === 'CLOSED',
    sequential: settings.sequentialCurriculum,
    items: items.map((item) => ({
      moduleId: item.moduleId,
      slug: item.module.slug,
      title: item.module.versions[0]?.title ?? item.module.slug,
      position: item.position,
      dueAt: item.dueAt,
    })),
    catalogue: catalogue.map((module) => ({
      moduleId: module.id,
      slug: module.slug,
      title: module.versions[0]?.title ?? module.slug,
    })),
  };
}

/**
 * Replaces the curriculum with the list as given (its order is the unlock order when
 * sequential). Progress is the mentees' and survives a module leaving the curriculum.
 */
export async function setCohortCurriculum(
  ctx: ActorContext,
  input: SetCurriculumInput,
): Promise<CohortCurriculum> {
  const { db, actor, meta } = ctx;
  const actorId = ctx.actor.userId;
  return db.$transaction(async (tx) => {
    const cohort = await cohortForStaff(tx, actor, input.cohortId, true);
    const moduleIds = input.items.map((item) => item.moduleId);
    const assignable = await tx.module.findMany({
      where: { id: { in: moduleIds }, archived: false, versions: { some: { status: 'PUBLISHED' } } },
      select: { id: true },
    });
    const known = new Set(assignable.map((module) => module.id));
    const fieldErrors: Record<string, string[]> = {};
    input.items.forEach((item, index) => {
      if (!known.has(item.moduleId))
        fieldErrors[`items.${index}.moduleId`] = ['This module has no published version.'];
    });
    if (Object.keys(fieldErrors).length > 0) {
      throw new DomainError('BAD_INPUT', 'Some modules cannot be assigned yet.', { fieldErrors });
    }
    await tx.curriculumItem.deleteMany({ where: { cohortId: cohort.id, moduleId: { notIn: moduleIds } } });
    for (const [index, item] of input.items.entries()) {
      await tx.curriculumItem.upsert({
        where: { cohortId_moduleId: { cohortId: cohort.id, moduleId: item.moduleId } },
        update: { position: index + 1, dueAt: item.dueAt },
        create: { cohortId: cohort.id, moduleId: item.moduleId, position: index + 1, dueAt: item.dueAt },
      });
    }
    await tx.cohort.update({ where: { id: cohort.id }, data: { sequentialCurriculum: input.sequential } });
    await writeAudit(tx, actorId, meta, {
      action: 'cohort.curriculum.update',
      entityType: 'Cohort',
      entityId: cohort.id,
      hospitalIds: cohort.hospitalIds,
      metadata: {
        sequential: input.sequential,
        items: input.items.map((item) => ({
          moduleId: item.moduleId,
          dueAt: item.dueAt?.toISOString() ?? null,
        })),
      },
    });
    return readCurriculum(tx, actor, cohort.id);
  });
}
