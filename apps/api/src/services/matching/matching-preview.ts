import { UnmatchedReason } from '@preceptor/domain/matching/instance-schema';
import { MatchFactor } from '@preceptor/domain/matching/match-schemas';
import { type MatchingPreview, RunStats } from '@preceptor/domain/matching/workflow-schemas';
import { z } from 'zod';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import type { ActorContext } from '../service-context.ts';
import { factorsFor, isInScope, pairPersonSelect, toPairPerson } from './pair-people.ts';

const StoredUnmatched = z.array(
  z.object({ menteeMembershipId: z.string(), reason: UnmatchedReason, detail: z.string() }),
);
const Factors = z.array(MatchFactor).catch([]);

/**
 * The cohort's latest run (a preview awaiting publication, or the last published one) with its
 * proposals and unmatched mentees, and the staff pins and exclusions. A coordinator sees the
 * rows that involve their own hospitals' people.
 */
export async function matchingPreview(
  ctx: ActorContext,
  input: { cohortId: string },
): Promise<MatchingPreview> {
  const { db, actor } = ctx;
  const { cohortId } = input;
  const cohort = await cohortForStaff(db, actor, cohortId, false);
  const [run, rules] = await Promise.all([
    db.matchRun.findFirst({
      where: { cohortId: cohort.id, status: { not: 'DISCARDED' } },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        createdAt: true,
        status: true,
        stats: true,
        unmatched: true,
        matches: {
          orderBy: { score: 'desc' },
          select: {
            id: true,
            score: true,
            factors: true,
            menteeMembershipId: true,
            mentorMembershipId: true,
            mentee: { select: pairPersonSelect },
            mentor: { select: pairPersonSelect },
          },
        },
      },
    }),
    db.pairRule.findMany({
      where: { cohortId: cohort.id },
      orderBy: { createdAt: 'asc' },
      select: {
        kind: true,
        reason: true,
        createdAt: true,
        menteeMembershipId: true,
        mentorMembershipId: true,
        mentee: { select: pairPersonSelect },
        mentor: { select: pairPersonSelect },
      },
    }),
  ]);
  const viewer = cohort;
  const pinned = new Set(
    rules.filter((r) => r.kind === 'PIN').map((r) => `${r.menteeMembershipId}|${r.mentorMembershipId}`),
  );
  const visibleRule = (r: (typeof rules)[number]) =>
    isInScope(r.mentee, viewer) || isInScope(r.mentor, viewer);

  const unmatchedStored = run ? StoredUnmatched.catch([]).parse(run.unmatched) : [];
  const unmatchedPeople = await db.membership.findMany({
    where: { id: { in: unmatchedStored.map((u) => u.menteeMembershipId) } },
    select: pairPersonSelect,
  });
  const personById = new Map(unmatchedPeople.map((p) => [p.id, p]));

  return {
    cohort: { id: cohort.id, name: cohort.name, readOnly: cohort.status === 'CLOSED' },
    run: run
      ? { id: run.id, createdAt: run.createdAt, status: run.status, stats: RunStats.parse(run.stats) }
      : null,
    proposals: (run?.matches ?? [])
      .filter((m) => isInScope(m.mentee, viewer) || isInScope(m.mentor, viewer))
      .map((m) => ({
        matchId: m.id,
        mentee: toPairPerson(m.mentee, viewer),
        mentor: toPairPerson(m.mentor, viewer),
        score: m.score,
        pinned: pinned.has(`${m.menteeMembershipId}|${m.mentorMembershipId}`),
        factors: factorsFor(Factors.parse(m.factors), m, viewer),
      })),
    unmatched: unmatchedStored.flatMap((u) => {
      const person = personById.get(u.menteeMembershipId);
      if (!person || !isInScope(person, viewer)) return [];
      return [{ mentee: toPairPerson(person, viewer), reason: u.reason, detail: u.detail }];
    }),
    rules: rules.filter(visibleRule).map((r) => ({
      kind: r.kind,
      mentee: toPairPerson(r.mentee, viewer),
      mentor: toPairPerson(r.mentor, viewer),
      reason: r.reason,
      createdAt: r.createdAt,
    })),
  };
}
