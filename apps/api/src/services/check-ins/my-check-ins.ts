import type { MyCheckIn } from '@preceptor/domain/programme/check-in-schemas';
import { checkInSelect, type OwnCheckIn, ownCheckIn } from '../access/check-in-access.ts';
import type { ActorContext } from '../service-context.ts';

const fullName = (user: { firstName: string; lastName: string }) => `${user.firstName} ${user.lastName}`;

export function toMyCheckIn(checkIn: OwnCheckIn): MyCheckIn {
  const other = checkIn.role === 'MENTOR' ? checkIn.match.mentee.user : checkIn.match.mentor.user;
  return {
    id: checkIn.id,
    occasion: checkIn.occasion,
    cohortName: checkIn.match.cohort.name,
    myRole: checkIn.role,
    otherName: fullName(other),
    openedAt: checkIn.openedAt,
    answeredAt: checkIn.answeredAt,
  };
}

/** The person's open check-ins first, then the last few answered. */
export async function listMyCheckIns(ctx: ActorContext): Promise<MyCheckIn[]> {
  const where = { userId: ctx.actor.userId };
  const [open, answered] = await Promise.all([
    ctx.db.checkIn.findMany({
      where: { ...where, answeredAt: null },
      orderBy: { openedAt: 'desc' },
      select: checkInSelect,
    }),
    ctx.db.checkIn.findMany({
      where: { ...where, answeredAt: { not: null } },
      orderBy: { answeredAt: 'desc' },
      take: 5,
      select: checkInSelect,
    }),
  ]);
  return [...open, ...answered].map(toMyCheckIn);
}

export async function getMyCheckIn(ctx: ActorContext, input: { checkInId: string }): Promise<MyCheckIn> {
  return toMyCheckIn(await ownCheckIn(ctx.db, ctx.actor.userId, input.checkInId));
}
