import { curriculumStatus } from '@preceptor/domain/modules/curriculum-status';
import type { ModuleCompletionStatus } from '@preceptor/domain/modules/module-completion';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';

/** Counts only: the summary names nobody and carries no reflection's title or words. */
export interface CohortSummaryFacts {
  name: string;
  status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
  startDate: Date;
  endDate: Date;
  hospitals: string[];
  /** False for a coordinator of a shared cohort: the figures cover their hospitals only. */
  wholeCohort: boolean;
  countedHospitals: string[];
  mentors: number;
  mentees: number;
  matches: { active: number; ended: number };
  modules: { assigned: number; completed: number; overdue: number };
  reflections: { shared: number; reviewed: number };
  generatedAt: Date;
}

/**
 * The figures of one cohort for leadership, in the viewer's scope: a coordinator of a cohort
 * shared with other hospitals counts only their own hospitals' people (and the matches that
 * involve them), as on every other page. Writes its audit entry.
 */
export async function cohortSummary(
  ctx: ActorContext,
  input: { cohortId: string },
): Promise<CohortSummaryFacts> {
  const { db, actor } = ctx;
  const now = ctx.clock.now();
  const staffCohort = await cohortForStaff(db, actor, input.cohortId, false);
  const mine = { hospitalId: { in: staffCohort.myHospitalIds } };
  const [cohort, roles, matches, progressRows] = await Promise.all([
    db.cohort.findUniqueOrThrow({
      where: { id: staffCohort.id },
      select: {
        name: true,
        status: true,
        startDate: true,
        endDate: true,
        sequentialCurriculum: true,
        hospitals: { select: { hospital: { select: { id: true, name: true } } } },
        curriculum: { select: { moduleId: true, position: true, dueAt: true } },
        memberships: {
          where: { active: true, role: 'MENTEE', user: mine },
          select: { userId: true },
        },
      },
    }),
    db.membership.groupBy({
      by: ['role'],
      where: { cohortId: staffCohort.id, active: true, user: mine },
      _count: { _all: true },
    }),
    db.match.findMany({
      where: {
        cohortId: staffCohort.id,
        status: { in: ['ACTIVE', 'ENDED'] },
        OR: [{ mentee: { user: mine } }, { mentor: { user: mine } }],
      },
      select: {
        status: true,
        mentee: { select: { userId: true, user: { select: { hospitalId: true } } } },
        mentor: { select: { userId: true } },
      },
    }),
    db.moduleProgress.findMany({
      where: {
        user: { memberships: { some: { cohortId: staffCohort.id, active: true, role: 'MENTEE' } }, ...mine },
      },
      select: { userId: true, moduleId: true, status: true },
    }),
  ]);
  const modules = moduleCounts(cohort, progressRows, now);
  // Reflections are the mentee's: a mentee at another hospital is not counted, even when their
  // mentor is one of ours.
  const reflections = await reflectionCounts(
    ctx,
    matches.filter(
      (m) => m.mentee.user.hospitalId && staffCohort.myHospitalIds.includes(m.mentee.user.hospitalId),
    ),
  );
  const hospitals = cohort.hospitals.map((h) => h.hospital).sort((a, b) => a.name.localeCompare(b.name));
  await writeAudit(db, actor.userId, ctx.meta, {
    action: 'export.cohort_summary',
    entityType: 'Cohort',
    entityId: staffCohort.id,
    hospitalIds: staffCohort.myHospitalIds,
    metadata: { format: 'pdf' },
  });
  const count = (role: 'MENTOR' | 'MENTEE') => roles.find((r) => r.role === role)?._count._all ?? 0;
  return {
    name: cohort.name,
    status: cohort.status,
    startDate: cohort.startDate,
    endDate: cohort.endDate,
    hospitals: hospitals.map((h) => h.name),
    wholeCohort: staffCohort.seesAll || staffCohort.myHospitalIds.length === staffCohort.hospitalIds.length,
    countedHospitals: hospitals.filter((h) => staffCohort.myHospitalIds.includes(h.id)).map((h) => h.name),
    mentors: count('MENTOR'),
    mentees: count('MENTEE'),
    matches: {
      active: matches.filter((m) => m.status === 'ACTIVE').length,
      ended: matches.filter((m) => m.status === 'ENDED').length,
    },
    modules,
    reflections,
    generatedAt: now,
  };
}

function moduleCounts(
  cohort: {
    sequentialCurriculum: boolean;
    curriculum: { moduleId: string; position: number | null; dueAt: Date | null }[];
    memberships: { userId: string }[];
  },
  progressRows: { userId: string; moduleId: string; status: 'IN_PROGRESS' | 'COMPLETED' }[],
  now: Date,
) {
  const byUser = new Map<string, Map<string, ModuleCompletionStatus>>();
  for (const row of progressRows) {
    const map = byUser.get(row.userId) ?? new Map<string, ModuleCompletionStatus>();
    map.set(row.moduleId, row.status === 'COMPLETED' ? 'completed' : 'in_progress');
    byUser.set(row.userId, map);
  }
  const totals = { assigned: 0, completed: 0, overdue: 0 };
  for (const { userId } of cohort.memberships) {
    const states = curriculumStatus(
      { sequential: cohort.sequentialCurriculum, items: cohort.curriculum },
      byUser.get(userId) ?? new Map(),
      now,
    );
    totals.assigned += states.length;
    totals.completed += states.filter((s) => s.status === 'completed').length;
    totals.overdue += states.filter((s) => s.status === 'overdue').length;
  }
  return totals;
}

/**
 * Reflections the cohort's mentees shared with their mentor in this cohort, and those the mentor
 * reviewed: counted in the database, so no title or text is even read.
 */
async function reflectionCounts(
  ctx: ActorContext,
  matches: { mentee: { userId: string }; mentor: { userId: string } }[],
): Promise<{ shared: number; reviewed: number }> {
  if (matches.length === 0) return { shared: 0, reviewed: 0 };
  const pairs = matches.map((m) => ({ authorId: m.mentee.userId, mentorId: m.mentor.userId }));
  const [shared, reviewed] = await Promise.all([
    ctx.db.reflection.count({
      where: { OR: pairs.map((p) => ({ authorId: p.authorId, shares: { some: { mentorId: p.mentorId } } })) },
    }),
    ctx.db.reflection.count({
      where: {
        OR: pairs.map((p) => ({ authorId: p.authorId, reviews: { some: { mentorId: p.mentorId } } })),
      },
    }),
  ]);
  return { shared, reviewed };
}
