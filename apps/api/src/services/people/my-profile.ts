import type { PrismaClient } from '@preceptor/db';
import type { MyProfile, UpdateMyProfileInput } from '@preceptor/domain/people/person-schemas';
import { type RequestMeta, writeAudit } from '../audit-log.ts';
import { PROFILE_SELECT, profileData } from './person-access.ts';

export async function myProfile(prisma: PrismaClient, userId: string): Promise<MyProfile> {
  const me = await prisma.user.findUniqueOrThrow({
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
export async function updateMyProfile(
  prisma: PrismaClient,
  user: { id: string; hospitalId: string | null },
  input: UpdateMyProfileInput,
  meta: RequestMeta,
): Promise<MyProfile> {
  const data = profileData(input);
  await prisma.$transaction(async (tx) => {
    await tx.profile.upsert({
      where: { userId: user.id },
      create: { userId: user.id, ...data },
      update: data,
    });
    await writeAudit(tx, user.id, meta, {
      action: 'profile.update',
      entityType: 'User',
      entityId: user.id,
      hospitalIds: user.hospitalId ? [user.hospitalId] : [],
    });
  });
  return myProfile(prisma, user.id);
}
