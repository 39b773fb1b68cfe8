import type { MyProfile, UpdateMyProfileInput } from '@preceptor/domain/people/person-schemas';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';
import { PROFILE_SELECT, profileData } from './person-fields.ts';

export async function myProfile(ctx: ActorContext): Promise<MyProfile> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const me = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      firstName: true,
      lastName: true,
      email: true,
      hospital: { select: { name: true } },
      profile: { select: PROFILE_SELECT },
    },
  });
  return { ...me, hospitalName: me.hospital?.name ?? null };
}

/** A person edits their own profile; their name, email and hospital stay with staff. */
export async function updateMyProfile(ctx: ActorContext, input: UpdateMyProfileInput): Promise<MyProfile> {
  const { db, actor, meta } = ctx;
  const data = profileData(input);
  await db.$transaction(async (tx) => {
    const me = await tx.profile.upsert({
      where: { userId: actor.userId },
      create: { userId: actor.userId, ...data },
      update: data,
      select: { user: { select: { hospitalId: true } } },
    });
    await writeAudit(tx, actor.userId, meta, {
      action: 'profile.update',
      entityType: 'User',
      entityId: actor.userId,
      hospitalIds: me.user.hospitalId ? [me.user.hospitalId] : [],
    });
  });
  return myProfile(ctx);
}
