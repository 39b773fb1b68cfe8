import type { ActorContext } from './service-context.ts';

/** The acting person's id and home hospital, for audit entries about their own records. */
export async function actingPerson(ctx: ActorContext): Promise<{ id: string; hospitalId: string | null }> {
  return ctx.db.user.findUniqueOrThrow({
    where: { id: ctx.actor.userId },
    select: { id: true, hospitalId: true },
  });
}
