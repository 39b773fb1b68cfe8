import { MatchFactor } from '@preceptor/domain/matching/match-schemas';
import type { CohortMatchRow } from '@preceptor/domain/matching/workflow-schemas';
import { z } from 'zod';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import type { ActorContext } from '../service-context.ts';
import { factorsFor, isInScope, pairPersonSelect, toPairPerson } from './pair-people.ts';

const Factors = z.array(MatchFactor).catch([]);

/** The cohort's active and ended matches that involve the staff member's hospitals. */
export async function listCohortMatches(
  ctx: ActorContext,
  input: { cohortId: string },
): Promise<CohortMatchRow[]> {
  const { db, actor } = ctx;
  const { cohortId } = input;
  const cohort = await cohortForStaff(db, actor, cohortId, false);
  const matches = await db.match.findMany({
    where: { cohortId: cohort.id, status: { in: ['ACTIVE', 'ENDED'] } },
    orderBy: [{ status: 'asc' }, { activatedAt: 'desc' }],
    select: {
      id: true,
      status: true,
      score: true,
      factors: true,
      activatedAt: true,
      endedAt: true,
      endReason: true,
      mentee: { select: pairPersonSelect },
      mentor: { select: pairPersonSelect },
    },
  });
  const visible = matches.filter((m) => isInScope(m.mentee, cohort) || isInScope(m.mentor, cohort));
  // One grouped query for the whole table; only counts and dates leave it, never the notes.
  const meetings = await db.meeting.groupBy({
    by: ['matchId'],
    where: { matchId: { in: visible.map((m) => m.id) } },
    _count: { _all: true },
    _max: { occurredAt: true },
  });
  const meetingsOf = new Map(
    meetings.map((g) => [g.matchId, { count: g._count._all, lastAt: g._max.occurredAt }] as const),
  );
  return visible.map((m) => ({
    matchId: m.id,
    status: m.status as 'ACTIVE' | 'ENDED',
    mentee: toPairPerson(m.mentee, cohort),
    mentor: toPairPerson(m.mentor, cohort),
    score: m.score,
    factors: factorsFor(Factors.parse(m.factors), m, cohort),
    activatedAt: m.activatedAt,
    endedAt: m.endedAt,
    endReason: m.endReason,
    meetings: meetingsOf.get(m.id) ?? { count: 0, lastAt: null },
  }));
}
