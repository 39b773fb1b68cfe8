import type { PrismaClient } from '@preceptor/db';
import type { MenteeModuleProgress } from '@preceptor/domain/modules/curriculum-schemas';
import { curriculumStatus } from '@preceptor/domain/modules/curriculum-status';
import type { ModuleCompletionStatus } from '@preceptor/domain/modules/module-completion';
import type { ActorContext } from '../service-context.ts';

async function completionsOf(db: PrismaClient, userIds: readonly string[]) {
  const rows = await db.moduleProgress.findMany({
    where: { userId: { in: [...userIds] } },
    select: { userId: true, moduleId: true, status: true, completedAt: true },
  });
  const byUser = new Map<string, Map<string, ModuleCompletionStatus>>();
  const completedAt = new Map<string, Date | null>();
  for (const row of rows) {
    const map = byUser.get(row.userId) ?? new Map<string, ModuleCompletionStatus>();
    map.set(row.moduleId, row.status === 'COMPLETED' ? 'completed' : 'in_progress');
    byUser.set(row.userId, map);
    completedAt.set(`${row.userId}:${row.moduleId}`, row.completedAt);
  }
  return { byUser, completedAt };
}

/** Each of a mentor's active mentees and where they stand in their cohort's curriculum. */
export async function menteeProgress(ctx: ActorContext): Promise<MenteeModuleProgress[]> {
  const { db } = ctx;
  const mentorUserId = ctx.actor.userId;
  const now = ctx.clock.now();
  const matches = await db.match.findMany({
    where: {
      status: 'ACTIVE',
      mentor: { userId: mentorUserId, active: true },
      cohort: { status: { not: 'CLOSED' } },
    },
    select: {
      mentee: { select: { user: { select: { id: true, firstName: true, lastName: true } } } },
      cohort: {
        select: {
          name: true,
          sequentialCurriculum: true,
          curriculum: {
            select: {
              moduleId: true,
              position: true,
              dueAt: true,
              module: {
                select: {
                  versions: {
                    where: { status: 'PUBLISHED' },
                    orderBy: { version: 'desc' },
                    take: 1,
                    select: { title: true },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  const { byUser, completedAt } = await completionsOf(
    db,
    matches.map((match) => match.mentee.user.id),
  );
  return matches.map(({ mentee, cohort }) => {
    const titles = new Map(
      cohort.curriculum.map((item) => [item.moduleId, item.module.versions[0]?.title ?? '']),
    );
    const states = curriculumStatus(
      { sequential: cohort.sequentialCurriculum, items: cohort.curriculum },
      byUser.get(mentee.user.id) ?? new Map(),
      now,
    );
    return {
      menteeId: mentee.user.id,
      name: `${mentee.user.firstName} ${mentee.user.lastName}`,
      cohortName: cohort.name,
      modules: states.map((state) => ({
        moduleId: state.moduleId,
        title: titles.get(state.moduleId) ?? '',
        dueAt: state.dueAt,
        status: state.status,
        completedAt: completedAt.get(`${mentee.user.id}:${state.moduleId}`) ?? null,
      })),
    };
  });
}
