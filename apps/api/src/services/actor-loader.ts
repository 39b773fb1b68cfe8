import type { PrismaClient } from '@preceptor/db';
import type { Actor } from '@preceptor/domain/permissions/actor';

export interface SignedInUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  hospitalId: string | null;
  hospitalName: string | null;
  staffRoles: {
    kind: 'COORDINATOR' | 'NETWORK_ADMIN';
    hospitalId: string | null;
    hospitalName: string | null;
  }[];
  isMentor: boolean;
  isMentee: boolean;
}

/** Loads the person behind a session with everything access rules need, in one query. */
export async function loadSignedInUser(
  prisma: PrismaClient,
  userId: string,
): Promise<{ user: SignedInUser; actor: Actor } | null> {
  const row = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      active: true,
      hospitalId: true,
      hospital: { select: { name: true } },
      staffRoles: {
        select: { kind: true, hospitalId: true, hospital: { select: { name: true, active: true } } },
      },
      memberships: {
        where: { active: true, cohort: { status: { not: 'CLOSED' } } },
        select: { role: true },
      },
    },
  });
  if (!row?.active) return null;
  const staffRoles = row.staffRoles.map((role) => ({
    kind: role.kind,
    hospitalId: role.hospitalId,
    hospitalName: role.hospital?.name ?? null,
  }));
  const actor: Actor = {
    userId: row.id,
    isNetworkAdmin: row.staffRoles.some((role) => role.kind === 'NETWORK_ADMIN'),
    coordinatedHospitalIds: row.staffRoles
      .filter((role) => role.kind === 'COORDINATOR' && role.hospitalId !== null && role.hospital?.active)
      .map((role) => role.hospitalId as string),
  };
  return {
    actor,
    user: {
      id: row.id,
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      hospitalId: row.hospitalId,
      hospitalName: row.hospital?.name ?? null,
      staffRoles,
      isMentor: row.memberships.some((m) => m.role === 'MENTOR'),
      isMentee: row.memberships.some((m) => m.role === 'MENTEE'),
    },
  };
}
