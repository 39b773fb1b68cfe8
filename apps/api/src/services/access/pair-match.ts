import type { Db } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';

const sideSelect = {
  user: { select: { id: true, firstName: true, lastName: true, hospitalId: true } },
} as const;

const pairMatchSelect = {
  id: true,
  status: true,
  proposedAt: true,
  activatedAt: true,
  cohort: { select: { name: true, status: true } },
  mentor: { select: sideSelect },
  mentee: { select: sideSelect },
} as const;

export interface PairPersonRef {
  userId: string;
  name: string;
}

/** A match seen by one of its two people: the only people who may read or write its meetings. */
export interface PairMatch {
  id: string;
  cohortName: string;
  myRole: 'MENTOR' | 'MENTEE';
  me: PairPersonRef;
  other: PairPersonRef;
  /** When the pair began; meetings before it are refused. */
  startedAt: Date;
  /** Active in an open cohort: meetings may be logged, edited and removed. */
  open: boolean;
  closedReason: string | null;
  hospitalIds: string[];
}

type Side = { user: { id: string; firstName: string; lastName: string; hospitalId: string | null } };
const ref = (side: Side): PairPersonRef => ({
  userId: side.user.id,
  name: `${side.user.firstName} ${side.user.lastName}`,
});

/**
 * The match, if this person is its mentor or mentee and it was ever active. Anyone else —
 * another pair, staff included — gets the same "not found" as for a match that does not exist,
 * so the answer does not even confirm the pair.
 */
export async function pairMatchFor(db: Db, userId: string, matchId: string): Promise<PairMatch> {
  const match = await db.match.findUnique({ where: { id: matchId }, select: pairMatchSelect });
  const iAmMentor = match?.mentor.user.id === userId;
  const iAmMentee = match?.mentee.user.id === userId;
  if (!match || (!iAmMentor && !iAmMentee) || match.status === 'PROPOSED') {
    throw new DomainError('NOT_FOUND', 'No such match of yours.');
  }
  const closedReason =
    match.status === 'ENDED'
      ? 'This match has ended, so its meeting log is read-only.'
      : match.cohort.status === 'CLOSED'
        ? `${match.cohort.name} is closed, so its meeting log is read-only.`
        : null;
  return {
    id: match.id,
    cohortName: match.cohort.name,
    myRole: iAmMentor ? 'MENTOR' : 'MENTEE',
    me: ref(iAmMentor ? match.mentor : match.mentee),
    other: ref(iAmMentor ? match.mentee : match.mentor),
    startedAt: match.activatedAt ?? match.proposedAt,
    open: closedReason === null,
    closedReason,
    hospitalIds: [
      ...new Set([match.mentor.user.hospitalId, match.mentee.user.hospitalId].filter((id) => id !== null)),
    ],
  };
}

/** Refuses a change to the log of a match that has ended or whose cohort is closed. */
export function assertLogOpen(match: PairMatch): void {
  if (match.closedReason) throw new DomainError('PRECONDITION_FAILED', match.closedReason);
}
