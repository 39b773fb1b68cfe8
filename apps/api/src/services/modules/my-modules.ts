import type { PrismaClient } from '@preceptor/db';
import type { AssignedModule } from '@preceptor/domain/modules/assigned-module-schemas';

/** The modules a person's mentee memberships assign, with where they stand and when they are due. */
export async function listMyModules(
  prisma: PrismaClient,
  userId: string,
  now = new Date(),
): Promise<AssignedModule[]> {
  const items = await prisma.curriculumItem.findMany({
    where: {
      cohort: {
        status: { not: 'CLOSED' },
        memberships: { some: { userId, role: 'MENTEE', active: true } },
      },
    },
    orderBy: [{ dueAt: 'asc' }, { position: 'asc' }],
    select: {
      dueAt: true,
      cohort: { select: { name: true } },
      module: {
        select: {
          id: true,
          slug: true,
          progress: { where: { userId }, select: { status: true } },
          versions: {
            where: { status: 'PUBLISHED' },
            orderBy: { version: 'desc' },
            take: 1,
            select: { title: true, estimatedMinutes: true },
          },
        },
      },
    },
  });
  const seen = new Set<string>();
  const modules: AssignedModule[] = [];
  for (const item of items) {
    const version = item.module.versions[0];
    // A module assigned by two cohorts is one piece of work: list it once, earliest due date first.
    if (!version || seen.has(item.module.id)) continue;
    seen.add(item.module.id);
    const progress = item.module.progress[0];
    const completed = progress?.status === 'COMPLETED';
    const overdue = !completed && item.dueAt !== null && item.dueAt.getTime() < now.getTime();
    modules.push({
      moduleId: item.module.id,
      slug: item.module.slug,
      title: version.title,
      cohortName: item.cohort.name,
      dueAt: item.dueAt,
      estimatedMinutes: version.estimatedMinutes,
      status: completed ? 'completed' : overdue ? 'overdue' : progress ? 'in_progress' : 'not_started',
    });
  }
  return modules;
}
