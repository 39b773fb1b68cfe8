import type { AssignedModule } from '@preceptor/domain/modules/assigned-module-schemas';
import type { ActorContext } from '../service-context.ts';
import { menteeCurriculum } from './mentee-curriculum.ts';

/** The modules a person's mentee memberships assign, with where they stand and when they are due. */
export async function listMyModules(ctx: ActorContext): Promise<AssignedModule[]> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const now = ctx.clock.now();
  const assigned = await menteeCurriculum(db, userId, now);
  const modules = await db.module.findMany({
    where: { id: { in: [...assigned.keys()] } },
    select: {
      id: true,
      slug: true,
      // The version they started, if any, else the current one: the title they will see inside.
      progress: {
        where: { userId },
        select: { version: { select: { title: true, estimatedMinutes: true } } },
      },
      versions: {
        where: { status: 'PUBLISHED' },
        orderBy: { version: 'desc' },
        take: 1,
        select: { title: true, estimatedMinutes: true },
      },
    },
  });
  const byId = new Map(modules.map((module) => [module.id, module]));
  const result: AssignedModule[] = [];
  for (const item of assigned.values()) {
    const module = byId.get(item.moduleId);
    const version = module?.progress[0]?.version ?? module?.versions[0];
    if (!module || !version) continue;
    result.push({
      moduleId: module.id,
      slug: module.slug,
      title: version.title,
      cohortName: item.cohortName,
      dueAt: item.dueAt,
      estimatedMinutes: version.estimatedMinutes,
      status: item.status === 'available' ? 'not_started' : item.status,
      blockedByTitle: item.blockedBy ? (byId.get(item.blockedBy)?.versions[0]?.title ?? null) : null,
    });
  }
  return result;
}
