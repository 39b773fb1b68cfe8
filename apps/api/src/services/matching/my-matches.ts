import { MatchFactor, type MyMatch } from '@preceptor/domain/matching/match-schemas';
import { z } from 'zod';
import type { ActorContext } from '../service-context.ts';

const personSelect = {
  user: {
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      hospital: { select: { name: true } },
      profile: { select: { profession: true, specialty: true } },
    },
  },
} as const;

/** Active matches in which the person is mentor or mentee, each seen from their side. */
export async function listMyMatches(ctx: ActorContext): Promise<MyMatch[]> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const matches = await db.match.findMany({
    where: {
      status: 'ACTIVE',
      OR: [{ mentor: { userId } }, { mentee: { userId } }],
    },
    orderBy: { activatedAt: 'asc' },
    select: {
      id: true,
      score: true,
      factors: true,
      activatedAt: true,
      cohort: { select: { id: true, name: true } },
      mentor: { select: personSelect },
      mentee: { select: personSelect },
    },
  });
  return matches.map((match) => {
    const iAmMentor = match.mentor.user.id === userId;
    const other = (iAmMentor ? match.mentee : match.mentor).user;
    return {
      matchId: match.id,
      cohortId: match.cohort.id,
      cohortName: match.cohort.name,
      myRole: iAmMentor ? 'MENTOR' : 'MENTEE',
      other: {
        userId: other.id,
        name: `${other.firstName} ${other.lastName}`,
        email: other.email,
        profession: other.profile?.profession ?? null,
        specialty: other.profile?.specialty ?? null,
        hospitalName: other.hospital?.name ?? null,
      },
      score: match.score,
      factors: z.array(MatchFactor).catch([]).parse(match.factors),
      activeSince: match.activatedAt,
    };
  });
}
