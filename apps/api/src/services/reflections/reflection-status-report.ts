import type { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { Actor } from '@preceptor/domain/permissions/actor';
import {
  REVIEW_OVERDUE_AFTER_DAYS,
  REVISION_STALE_AFTER_DAYS,
  type ReflectionDates,
  tallyReflections,
} from '@preceptor/domain/reflections/reflection-attention';
import type {
  MenteeReflectionStatus,
  ReflectionStatusReport,
} from '@preceptor/domain/reflections/reflection-report-schemas';
import { cohortsInScope, hospitalsInScope, peopleInScope } from '../access/scope.ts';
import type { ActorContext } from '../service-context.ts';

export interface ReportFilter {
  cohortId?: string | undefined;
  hospitalId?: string | undefined;
}

/**
 * What staff may know of the reflections of the mentees at their hospitals: how many there are
 * in each status, which wait too long, and when things happened. The queries never select a
 * title or body, and the strict output schema would refuse them anyway.
 *
 * Without a cohort filter it covers the mentees of every open cohort the reader can see. A
 * reflection belongs to its writer, not to a cohort, so a mentee in two cohorts brings all of
 * their reflections to either.
 */
export async function reflectionStatusReport(
  ctx: ActorContext,
  input: ReportFilter,
): Promise<ReflectionStatusReport> {
  const { db, actor } = ctx;
  const now = ctx.clock.now();
  const [cohorts, hospitals] = await Promise.all([
    db.cohort.findMany({
      where: cohortsInScope(actor),
      orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
      select: { id: true, name: true, status: true },
    }),
    db.hospital.findMany({
      where: hospitalsInScope(actor),
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
  ]);
  // Someone else's cohort or hospital reads as absent, so the report confirms nothing about it.
  if (input.cohortId && !cohorts.some((cohort) => cohort.id === input.cohortId)) {
    throw new DomainError('NOT_FOUND', 'That cohort is not one you can see.');
  }
  if (input.hospitalId && !hospitals.some((hospital) => hospital.id === input.hospitalId)) {
    throw new DomainError('NOT_FOUND', 'That hospital is not one you can see.');
  }

  const memberships = await db.membership.findMany({
    where: menteeMemberships(actor, input),
    orderBy: [{ user: { lastName: 'asc' } }, { user: { firstName: 'asc' } }],
    select: {
      cohort: { select: { name: true } },
      user: {
        select: { id: true, firstName: true, lastName: true, hospital: { select: { name: true } } },
      },
    },
  });
  const mentees = new Map<string, { name: string; hospitalName: string | null; cohortNames: string[] }>();
  for (const { cohort, user } of memberships) {
    const known = mentees.get(user.id);
    if (known) known.cohortNames.push(cohort.name);
    else {
      mentees.set(user.id, {
        name: `${user.firstName} ${user.lastName}`,
        hospitalName: user.hospital?.name ?? null,
        cohortNames: [cohort.name],
      });
    }
  }

  const reflections = await db.reflection.findMany({
    where: { authorId: { in: [...mentees.keys()] } },
    select: { authorId: true, status: true, sharedAt: true, updatedAt: true },
  });
  const byAuthor = new Map<string, ReflectionDates[]>();
  for (const { authorId, ...dates } of reflections) {
    const list = byAuthor.get(authorId) ?? [];
    list.push(dates);
    byAuthor.set(authorId, list);
  }

  const rows: MenteeReflectionStatus[] = [...mentees].map(([menteeId, mentee]) => ({
    menteeId,
    ...mentee,
    counts: tallyReflections(byAuthor.get(menteeId) ?? [], now),
  }));
  return {
    asOf: now,
    reviewOverdueAfterDays: REVIEW_OVERDUE_AFTER_DAYS,
    revisionStaleAfterDays: REVISION_STALE_AFTER_DAYS,
    cohorts: cohorts.map((cohort) => ({
      id: cohort.id,
      name: cohort.name,
      closed: cohort.status === 'CLOSED',
    })),
    hospitals,
    totals: tallyReflections(
      reflections.map(({ authorId: _author, ...dates }) => dates),
      now,
    ),
    // Whoever is waiting longest comes first; the rest by name.
    mentees: rows.sort((a, b) => needsAttention(b) - needsAttention(a) || waitedSince(a) - waitedSince(b)),
  };
}

function waitedSince(row: MenteeReflectionStatus): number {
  return row.counts.waitingSince?.getTime() ?? Number.MAX_SAFE_INTEGER;
}

function needsAttention(row: MenteeReflectionStatus): number {
  return row.counts.reviewOverdue + row.counts.revisionStale > 0 ? 1 : 0;
}

/** Active mentee memberships of the reader's people in the chosen (or every open) cohort. */
function menteeMemberships(actor: Actor, filter: ReportFilter): Prisma.MembershipWhereInput {
  return {
    role: 'MENTEE',
    active: true,
    cohort: {
      AND: [cohortsInScope(actor), filter.cohortId ? { id: filter.cohortId } : { status: { not: 'CLOSED' } }],
    },
    user: { AND: [peopleInScope(actor), filter.hospitalId ? { hospitalId: filter.hospitalId } : {}] },
  };
}
