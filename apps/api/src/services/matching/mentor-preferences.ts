import type { PrismaClient } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import { type ScoredPair, scorePairs } from '@preceptor/domain/matching/scorer';
import type {
  MenteeCohortSuggestions,
  SetPreferencesInput,
} from '@preceptor/domain/matching/workflow-schemas';
import { assertOpen } from '../access/cohort-for-staff.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';
import { pairPersonSelect, toPairPerson } from './pair-people.ts';
import { loadCohortScoringData } from './scoring-data.ts';

/** How many top-scored mentors a mentee may choose from. */
const SUGGESTION_COUNT = 8;

// Mentees see mentors of their own cohort by name: that is what choosing needs.
const EVERYONE_VISIBLE = { seesAll: true, myHospitalIds: [] };

/** Per cohort in which the person is an active mentee: their top-scored allowed mentors and their ranking. */
export async function mentorSuggestions(ctx: ActorContext): Promise<MenteeCohortSuggestions[]> {
  const { db, actor } = ctx;
  const memberships = await db.membership.findMany({
    where: { userId: actor.userId, role: 'MENTEE', active: true },
    orderBy: { joinedAt: 'desc' },
    select: {
      id: true,
      cohort: { select: { id: true, name: true, status: true, matchingWeights: true } },
      matchesAsMentee: { where: { status: 'ACTIVE' }, select: { id: true } },
      preferencesGiven: { orderBy: { rank: 'asc' }, select: { mentorMembershipId: true } },
    },
  });
  const out: MenteeCohortSuggestions[] = [];
  for (const membership of memberships) {
    const top = await topSuggestions(db, membership.cohort, membership.id);
    const mentors = await db.membership.findMany({
      where: { id: { in: top.map((p) => p.mentorId) } },
      select: pairPersonSelect,
    });
    const byId = new Map(mentors.map((m) => [m.id, m]));
    out.push({
      cohortId: membership.cohort.id,
      cohortName: membership.cohort.name,
      readOnly: membership.cohort.status === 'CLOSED',
      hasActiveMatch: membership.matchesAsMentee.length > 0,
      suggestions: top.flatMap((pair) => {
        const mentor = byId.get(pair.mentorId);
        return mentor
          ? [{ mentor: toPairPerson(mentor, EVERYONE_VISIBLE), score: pair.score, factors: pair.factors }]
          : [];
      }),
      preferences: membership.preferencesGiven.map((p) => p.mentorMembershipId),
    });
  }
  return out;
}

async function topSuggestions(
  db: PrismaClient,
  cohort: { id: string; matchingWeights: Parameters<typeof loadCohortScoringData>[2] },
  menteeMembershipId: string,
): Promise<ScoredPair[]> {
  const data = await loadCohortScoringData(db, cohort.id, cohort.matchingWeights, menteeMembershipId);
  // Suggestions rank mentors by fit alone: the mentee's current wishes must not feed back into them.
  const { allowed } = scorePairs({ ...data.input, preferences: new Map() });
  return allowed.sort((a, b) => b.score - a.score).slice(0, SUGGESTION_COUNT);
}

/** Replaces the mentee's ranked wishes (up to three, first choice first) in one cohort. */
export async function setMentorPreferences(
  ctx: ActorContext,
  input: SetPreferencesInput,
): Promise<MenteeCohortSuggestions[]> {
  const { db, actor, meta } = ctx;
  const membership = await db.membership.findFirst({
    where: { userId: actor.userId, cohortId: input.cohortId, role: 'MENTEE', active: true },
    select: {
      id: true,
      user: { select: { hospitalId: true } },
      cohort: { select: { id: true, name: true, status: true, matchingWeights: true } },
      preferencesGiven: { select: { mentorMembershipId: true } },
    },
  });
  if (!membership) throw new DomainError('NOT_FOUND', 'You are not a mentee in this cohort.');
  assertOpen(membership.cohort);
  const suggested = new Set(
    (await topSuggestions(db, membership.cohort, membership.id)).map((p) => p.mentorId),
  );
  // A mentor ranked earlier stays choosable even if they have since dropped out of the top list.
  for (const p of membership.preferencesGiven) suggested.add(p.mentorMembershipId);
  const unknown = input.mentorMembershipIds.filter((id) => !suggested.has(id));
  if (unknown.length > 0) {
    throw new DomainError('BAD_INPUT', 'Choose from the mentors suggested to you.', {
      mentorMembershipIds: unknown,
    });
  }
  await db.$transaction(async (tx) => {
    await tx.mentorPreference.deleteMany({ where: { menteeMembershipId: membership.id } });
    await tx.mentorPreference.createMany({
      data: input.mentorMembershipIds.map((mentorMembershipId, index) => ({
        menteeMembershipId: membership.id,
        mentorMembershipId,
        rank: index + 1,
      })),
    });
    await writeAudit(tx, actor.userId, meta, {
      action: 'matching.preferences.set',
      entityType: 'Membership',
      entityId: membership.id,
      hospitalIds: membership.user.hospitalId ? [membership.user.hospitalId] : [],
      metadata: { cohortId: membership.cohort.id, mentorMembershipIds: input.mentorMembershipIds },
    });
  });
  return mentorSuggestions(ctx);
}
