/**
 * Seeds the network (hospitals), staff and the demo people with their profiles. Uses
 * batched createMany calls: the whole people step is a handful of round-trips, which
 * is what keeps the seed fast on the embedded (PGlite) database.
 */
import type { Prisma } from '../generated/prisma/client.ts';
import { DEMO_HOSPITALS, DEMO_STAFF, type HospitalCode } from './network.ts';
import { demoPeople } from './people.ts';

export interface SeededPeople {
  readonly hospitalIds: ReadonlyMap<HospitalCode, string>;
  /** User id by email, for staff and people alike. */
  readonly userIds: ReadonlyMap<string, string>;
  readonly adminId: string;
  readonly counts: { hospitals: number; users: number; mentors: number; mentees: number; staffRoles: number };
}

export function requireId<K>(map: ReadonlyMap<K, string>, key: K, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Seed bug: no ${what} for ${String(key)}`);
  return id;
}

export async function seedPeople(tx: Prisma.TransactionClient, passwordHash: string): Promise<SeededPeople> {
  const hospitals = await tx.hospital.createManyAndReturn({
    data: DEMO_HOSPITALS.map(({ code, name, city, state, timeZone }) => ({
      code,
      name,
      city,
      state,
      timeZone,
    })),
    select: { id: true, code: true },
  });
  const hospitalIds = new Map(hospitals.map((hospital) => [hospital.code as HospitalCode, hospital.id]));
  const hospitalId = (code: HospitalCode | null) => (code ? requireId(hospitalIds, code, 'hospital') : null);

  const people = demoPeople();
  // Everyone gets the one demo password so any person can be signed in as during a demo.
  const users = await tx.user.createManyAndReturn({
    data: [
      ...DEMO_STAFF.map((staff) => ({
        email: staff.email,
        firstName: staff.firstName,
        lastName: staff.lastName,
        hospitalId: hospitalId(staff.hospital),
        passwordHash,
      })),
      ...people.map((person) => ({
        email: person.email,
        firstName: person.firstName,
        lastName: person.lastName,
        hospitalId: hospitalId(person.hospital),
        passwordHash,
      })),
    ],
    select: { id: true, email: true },
  });
  const userIds = new Map(users.map((user) => [user.email, user.id]));

  // Reporting lines need the managers' ids, so they are set after the insert: one
  // updateMany per manager rather than one update per person.
  const reportsByManager = new Map<string, string[]>();
  for (const person of people) {
    if (!person.managerEmail) continue;
    reportsByManager.set(person.managerEmail, [
      ...(reportsByManager.get(person.managerEmail) ?? []),
      person.email,
    ]);
  }
  for (const [managerEmail, reports] of reportsByManager) {
    await tx.user.updateMany({
      where: { email: { in: reports } },
      data: { managerId: requireId(userIds, managerEmail, 'manager') },
    });
  }

  await tx.profile.createMany({
    data: people.map((person) => ({
      userId: requireId(userIds, person.email, 'user'),
      profession: person.profession,
      specialty: person.specialty,
      careerStage: person.careerStage,
      yearsExperience: person.yearsExperience,
      expertiseTags: [...person.expertiseTags],
      goalTags: [...person.goalTags],
      languages: [...person.languages],
      remoteOk: person.remoteOk,
      monthlyAvailabilityHours: person.monthlyAvailabilityHours,
      bio: person.bio,
    })),
  });

  const admin = DEMO_STAFF.find((staff) => staff.kind === 'NETWORK_ADMIN');
  if (!admin) throw new Error('Seed bug: no network admin in DEMO_STAFF');
  const adminId = requireId(userIds, admin.email, 'admin');
  const roles = await tx.staffRole.createManyAndReturn({
    data: DEMO_STAFF.map((staff) => ({
      userId: requireId(userIds, staff.email, 'staff user'),
      kind: staff.kind,
      hospitalId: hospitalId(staff.coordinates),
      // The admin's own role has no granter; the coordinators were appointed by the admin.
      grantedById: staff.kind === 'NETWORK_ADMIN' ? null : adminId,
    })),
    select: { id: true, kind: true, hospitalId: true },
  });
  // Role changes are audited in the product, so the seeded ones are too.
  await tx.auditLog.createMany({
    data: roles
      .filter((role) => role.kind === 'COORDINATOR')
      .map((role) => ({
        actorId: adminId,
        action: 'role.grant',
        entityType: 'StaffRole',
        entityId: role.id,
        hospitalIds: role.hospitalId ? [role.hospitalId] : [],
        metadata: { kind: role.kind, source: 'demo-seed' },
      })),
  });

  return {
    hospitalIds,
    userIds,
    adminId,
    counts: {
      hospitals: hospitals.length,
      users: users.length,
      mentors: people.filter((person) => person.role === 'MENTOR').length,
      mentees: people.filter((person) => person.role === 'MENTEE').length,
      staffRoles: roles.length,
    },
  };
}
