import type { Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { UnmatchedMentee } from '@preceptor/domain/matching/instance-schema';
import {
  REMOVED_PAIR_LABELS,
  type RemovedPair,
  type RemovedPairReason,
  scorePairs,
} from '@preceptor/domain/matching/scorer';
import { solveAssignment } from '@preceptor/domain/matching/solver';
import type { RunStats } from '@preceptor/domain/matching/workflow-schemas';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { writeAudit } from '../audit-log.ts';
import { lockCohort } from '../cohorts/cohort-lock.ts';
import type { ActorContext } from '../service-context.ts';
import { loadCohortScoringData } from './scoring-data.ts';

export interface StoredUnmatched {
  menteeMembershipId: string;
  reason: UnmatchedMentee['reason'];
  detail: string;
}

/**
 * Scores and solves the cohort's open mentees and mentors' remaining room, and stores the
 * result as the cohort's one PREVIEW run (an earlier preview is discarded). Active matches are
 * never touched: only people without a mentor are re-matched.
 */
export async function runMatching(
  ctx: ActorContext,
  input: { cohortId: string },
): Promise<{ runId: string }> {
  const { db, actor, meta } = ctx;
  const { cohortId } = input;
  return db.$transaction(
    async (tx) => {
      const cohort = await cohortForStaff(tx, actor, cohortId, true);
      await lockCohort(tx, cohort.id);
      const data = await loadCohortScoringData(tx, cohort.id, cohort.matchingWeights);
      const scored = scorePairs(data.input);
      const allowed = new Map(scored.allowed.map((p) => [`${p.menteeId}|${p.mentorId}`, p]));
      const removedByPair = new Map(scored.removed.map((p) => [`${p.menteeId}|${p.mentorId}`, p]));
      assertPinsPossible(data.pins, allowed, removedByPair, data.input.mentors);

      const started = performance.now();
      const result = solveAssignment({
        mentors: data.input.mentors.map((m) => ({ id: m.membershipId, capacity: m.capacity })),
        mentees: data.input.mentees.map((m) => ({ id: m.membershipId })),
        edges: scored.allowed.map((p) => [p.menteeId, p.mentorId, p.score]),
        pinned: data.pins,
      });
      const solveMs = Math.round((performance.now() - started) * 10) / 10;

      const stale = await tx.matchRun.findMany({
        where: { cohortId: cohort.id, status: 'PREVIEW' },
        select: { id: true },
      });
      if (stale.length > 0) {
        const staleIds = stale.map((r) => r.id);
        await tx.match.deleteMany({ where: { runId: { in: staleIds }, status: 'PROPOSED' } });
        await tx.matchRun.updateMany({ where: { id: { in: staleIds } }, data: { status: 'DISCARDED' } });
      }

      const unmatched: StoredUnmatched[] = result.unmatched.map((u) => ({
        menteeMembershipId: u.mentee,
        reason: u.reason,
        detail: u.reason === 'no-allowed-mentor' ? noAllowedMentorDetail(u.mentee, scored.removed) : u.detail,
      }));
      const stats: RunStats = {
        menteesConsidered: data.input.mentees.length,
        mentorsConsidered: data.input.mentors.length,
        allowedPairs: scored.allowed.length,
        removedPairs: countReasons(scored.removed),
        matched: result.matched,
        totalScore: Math.round(result.totalScore * 10) / 10,
        pinsApplied: data.pins.length,
        pinsIgnored: data.pinsIgnored,
        solveMs,
      };
      const run = await tx.matchRun.create({
        data: {
          cohortId: cohort.id,
          status: 'PREVIEW',
          settings: {
            weights: data.input.weights,
            objective: 'most mentees matched, then highest total score',
          },
          unmatched: unmatched as unknown as Prisma.InputJsonValue,
          stats: stats as unknown as Prisma.InputJsonValue,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await tx.match.createMany({
        data: result.matches.map(([menteeId, mentorId]) => {
          const pair = allowed.get(`${menteeId}|${mentorId}`);
          if (!pair)
            throw new Error(`solver returned a pair the scorer did not allow: ${menteeId}|${mentorId}`);
          return {
            cohortId: cohort.id,
            runId: run.id,
            menteeMembershipId: menteeId,
            mentorMembershipId: mentorId,
            status: 'PROPOSED' as const,
            score: pair.score,
            factors: pair.factors as unknown as Prisma.InputJsonValue,
          };
        }),
      });
      await writeAudit(tx, actor.userId, meta, {
        action: 'matching.run',
        entityType: 'MatchRun',
        entityId: run.id,
        hospitalIds: cohort.hospitalIds,
        metadata: {
          cohortId: cohort.id,
          matched: stats.matched,
          unmatched: unmatched.length,
          discardedRuns: stale.length,
        },
      });
      return { runId: run.id };
    },
    { timeout: 60_000 },
  );
}

function assertPinsPossible(
  pins: [string, string][],
  allowed: ReadonlyMap<string, unknown>,
  removed: ReadonlyMap<string, RemovedPair>,
  mentors: readonly { membershipId: string; capacity: number }[],
): void {
  for (const [mentee, mentor] of pins) {
    const why = removed.get(`${mentee}|${mentor}`);
    if (!allowed.has(`${mentee}|${mentor}`)) {
      throw new DomainError(
        'PRECONDITION_FAILED',
        `A pinned pair is no longer allowed (${why ? REMOVED_PAIR_LABELS[why.reason] : 'not allowed'}). Remove the pin and run again.`,
        { menteeMembershipId: mentee, mentorMembershipId: mentor },
      );
    }
  }
  for (const mentor of mentors) {
    const pinned = pins.filter(([, m]) => m === mentor.membershipId).length;
    if (pinned > mentor.capacity) {
      throw new DomainError(
        'PRECONDITION_FAILED',
        `${pinned} mentees are pinned to a mentor with room for ${mentor.capacity}. Remove a pin and run again.`,
        { mentorMembershipId: mentor.membershipId },
      );
    }
  }
}

function countReasons(removed: readonly RemovedPair[]): Record<RemovedPairReason, number> {
  const counts: Record<RemovedPairReason, number> = {
    'excluded-by-staff': 0,
    'mentor-has-no-capacity': 0,
    'same-reporting-line': 0,
    'mentor-not-more-senior': 0,
  };
  for (const pair of removed) counts[pair.reason]++;
  return counts;
}

/** "No allowed mentor" says which hard constraints removed this mentee's pairs. */
function noAllowedMentorDetail(menteeId: string, removed: readonly RemovedPair[]): string {
  const counts = countReasons(removed.filter((p) => p.menteeId === menteeId));
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n} ${REMOVED_PAIR_LABELS[reason as RemovedPairReason]}`);
  if (parts.length === 0) return 'No mentor in this cohort has room or is available';
  return `No allowed mentor: ${parts.join(', ')}`;
}
