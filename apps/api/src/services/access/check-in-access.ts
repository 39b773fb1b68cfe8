import type { Db, Prisma } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type { Actor } from '@preceptor/domain/permissions/actor';
import { cohortsInScope, peopleInScope } from './scope.ts';

const NOT_YOURS = 'No such check-in among yours.';

export const checkInSelect = {
  id: true,
  userId: true,
  role: true,
  occasion: true,
  openedAt: true,
  answeredAt: true,
  match: {
    select: {
      id: true,
      cohort: { select: { id: true, name: true } },
      mentor: { select: { user: { select: { firstName: true, lastName: true } } } },
      mentee: { select: { user: { select: { firstName: true, lastName: true, hospitalId: true } } } },
    },
  },
} as const satisfies Prisma.CheckInSelect;

export type OwnCheckIn = Prisma.CheckInGetPayload<{ select: typeof checkInSelect }>;

/**
 * A check-in is its respondent's alone: anyone else — the other person of the match, staff,
 * a network admin — gets "not found", because answers reach staff only in aggregate.
 */
export async function ownCheckIn(db: Db, userId: string, checkInId: string): Promise<OwnCheckIn> {
  const checkIn = await db.checkIn.findFirst({ where: { id: checkInId, userId }, select: checkInSelect });
  if (!checkIn) throw new DomainError('NOT_FOUND', NOT_YOURS);
  return checkIn;
}

/**
 * Concerns a staff member may see: raised by a person at a hospital they administer, in a cohort
 * of theirs. A network admin sees them all.
 */
export function concernsInScope(actor: Actor): Prisma.CheckInConcernWhereInput {
  return { checkIn: { user: peopleInScope(actor), match: { cohort: cohortsInScope(actor) } } };
}

export async function concernForStaff(
  db: Db,
  actor: Actor,
  concernId: string,
): Promise<{ id: string; cohortId: string }> {
  const concern = await db.checkInConcern.findFirst({
    where: { AND: [{ id: concernId }, concernsInScope(actor)] },
    select: { id: true, cohortId: true },
  });
  if (!concern) throw new DomainError('NOT_FOUND', 'No such concern among the cohorts you administer.');
  return concern;
}
