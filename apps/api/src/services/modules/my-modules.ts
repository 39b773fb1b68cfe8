import type { Db } from '@preceptor/db';
import type { AssignedModule } from '@preceptor/domain/modules/assigned-module-schemas';
import { readThrough } from '../../cache/read-cache.ts';
import type { ActorContext } from '../service-context.ts';
import { assignedModules, type MenteeCohort } from './mentee-curriculum.ts';

/** A module's title and length as one version states them. */
interface VersionFacts {
  title: string;
  estimatedMinutes: number;
}

/** Everything the module list is worked out from; what the read cache holds (not the time). */
interface MyModuleRows {
  cohorts: MenteeCohort[];
  progress: { moduleId: string; status: string }[];
  /** The modules the cohorts assign: the version the person started, if any, and the current one. */
  modules: { id: string; slug: string; started: VersionFacts | null; current: VersionFacts | null }[];
}

/**
 * The modules a person's mentee memberships assign, with where they stand and when they are due.
 * The rows come from the read cache when the server has one (dropped when the person's
 * memberships, progress or cohorts' curricula change, and for everyone when a module is
 * published); the state is worked out against the clock on every request.
 */
export async function listMyModules(ctx: ActorContext): Promise<AssignedModule[]> {
  const userId = ctx.actor.userId;
  const rows = await readThrough(ctx.readCache, `modules:${userId}`, userId, () =>
    readMyModuleRows(ctx.db, userId),
  );
  const now = ctx.clock.now().getTime();
  const known = workedOut.get(rows);
  if (known && now >= known.from && now <= known.until) return known.list;
  const list = moduleList(rows, new Date(now));
  workedOut.set(rows, { from: now, until: nextDueAt(rows, now), list });
  return list;
}

/**
 * The list worked out from cached rows, kept with those rows (and dropped with them) for as long
 * as it stays true: a module's state changes with the clock only when a due date passes. The
 * clock may also move back (tests move time), so the list holds only from when it was worked out.
 */
const workedOut = new WeakMap<MyModuleRows, { from: number; until: number; list: AssignedModule[] }>();

/** The first due date at or after `now`: until then, no module turns overdue. */
function nextDueAt(rows: MyModuleRows, now: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const cohort of rows.cohorts) {
    for (const item of cohort.curriculum) {
      const due = item.dueAt?.getTime();
      if (due !== undefined && due >= now && due < next) next = due;
    }
  }
  return next;
}

function moduleList(rows: MyModuleRows, now: Date): AssignedModule[] {
  const assigned = assignedModules(rows.cohorts, rows.progress, now);
  const byId = new Map(rows.modules.map((module) => [module.id, module]));
  const result: AssignedModule[] = [];
  for (const item of assigned.values()) {
    const module = byId.get(item.moduleId);
    // The version they started, if any, else the current one: the title they will see inside.
    const version = module?.started ?? module?.current;
    if (!module || !version) continue;
    result.push({
      moduleId: module.id,
      slug: module.slug,
      title: version.title,
      cohortName: item.cohortName,
      dueAt: item.dueAt,
      estimatedMinutes: version.estimatedMinutes,
      status: item.status === 'available' ? 'not_started' : item.status,
      blockedByTitle: item.blockedBy ? (byId.get(item.blockedBy)?.current?.title ?? null) : null,
    });
  }
  return result;
}

interface RawRow {
  cohorts: (Omit<MenteeCohort, 'curriculum'> & {
    curriculum: { moduleId: string; position: number | null; dueAtMs: number | null }[];
  })[];
  progress: MyModuleRows['progress'];
  modules: MyModuleRows['modules'];
}

/**
 * One round trip (through Prisma's relation queries it was six): the open cohorts the person is a
 * mentee in with their curricula, the person's progress, and each assigned module's started and
 * current published version. Due dates travel as epoch milliseconds: the columns are UTC
 * timestamps without a zone, which JSON would print without one.
 */
async function readMyModuleRows(db: Db, userId: string): Promise<MyModuleRows> {
  const [row] = await db.$queryRaw<RawRow[]>`
    WITH cohorts AS (
      SELECT c."id", c."name", c."sequentialCurriculum", c."startDate"
      FROM "Cohort" c
      WHERE c."status" <> 'CLOSED' AND EXISTS (
        SELECT 1 FROM "Membership" m
        WHERE m."cohortId" = c."id" AND m."userId" = ${userId} AND m."role" = 'MENTEE' AND m."active"
      )
    )
    SELECT
      COALESCE((
        SELECT json_agg(json_build_object(
                 'name', c."name", 'sequentialCurriculum', c."sequentialCurriculum",
                 'curriculum', COALESCE((
                   SELECT json_agg(json_build_object(
                            'moduleId', ci."moduleId", 'position', ci."position",
                            'dueAtMs', (extract(epoch FROM ci."dueAt") * 1000)::bigint
                          ) ORDER BY ci."position", ci."createdAt", ci."id")
                   FROM "CurriculumItem" ci WHERE ci."cohortId" = c."id"
                 ), '[]'::json)
               ) ORDER BY c."startDate", c."id")
        FROM cohorts c
      ), '[]'::json) AS "cohorts",
      COALESCE((
        SELECT json_agg(json_build_object('moduleId', p."moduleId", 'status', p."status"))
        FROM "ModuleProgress" p WHERE p."userId" = ${userId}
      ), '[]'::json) AS "progress",
      COALESCE((
        SELECT json_agg(json_build_object(
                 'id', mo."id", 'slug', mo."slug",
                 'started', (
                   SELECT json_build_object('title', v."title", 'estimatedMinutes', v."estimatedMinutes")
                   FROM "ModuleProgress" p JOIN "ModuleVersion" v ON v."id" = p."moduleVersionId"
                   WHERE p."userId" = ${userId} AND p."moduleId" = mo."id"
                 ),
                 'current', (
                   SELECT json_build_object('title', v."title", 'estimatedMinutes', v."estimatedMinutes")
                   FROM "ModuleVersion" v
                   WHERE v."moduleId" = mo."id" AND v."status" = 'PUBLISHED'
                   ORDER BY v."version" DESC LIMIT 1
                 )
               ))
        FROM "Module" mo
        WHERE mo."id" IN (
          SELECT ci."moduleId" FROM "CurriculumItem" ci JOIN cohorts c ON c."id" = ci."cohortId"
        )
      ), '[]'::json) AS "modules"`;
  if (!row) return { cohorts: [], progress: [], modules: [] };
  return {
    cohorts: row.cohorts.map((cohort) => ({
      name: cohort.name,
      sequentialCurriculum: cohort.sequentialCurriculum,
      curriculum: cohort.curriculum.map((item) => ({
        moduleId: item.moduleId,
        position: item.position,
        dueAt: item.dueAtMs === null ? null : new Date(Number(item.dueAtMs)),
      })),
    })),
    progress: row.progress,
    modules: row.modules,
  };
}
