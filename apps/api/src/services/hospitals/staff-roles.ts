import { DomainError } from '@preceptor/domain/errors';
import type { GrantStaffRoleInput, StaffRoleRow } from '@preceptor/domain/hospitals/hospital-schemas';
import { assertMayChangePerson } from '../access/person-access.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext, ServiceContext } from '../service-context.ts';

export async function listStaffRoles(ctx: ServiceContext): Promise<StaffRoleRow[]> {
  const { db } = ctx;
  const roles = await db.staffRole.findMany({
    orderBy: [{ kind: 'desc' }, { user: { lastName: 'asc' } }, { createdAt: 'asc' }],
    select: {
      id: true,
      kind: true,
      hospitalId: true,
      createdAt: true,
      hospital: { select: { name: true } },
      user: { select: { id: true, firstName: true, lastName: true, email: true } },
    },
  });
  return roles.map((role) => ({
    id: role.id,
    userId: role.user.id,
    name: `${role.user.firstName} ${role.user.lastName}`,
    email: role.user.email,
    kind: role.kind,
    hospitalId: role.hospitalId,
    hospitalName: role.hospital?.name ?? null,
    createdAt: role.createdAt,
  }));
}

/** Grants a network admin role, or coordinator roles for one or more hospitals (one row each). */
export async function grantStaffRole(
  ctx: ActorContext,
  input: GrantStaffRoleInput,
): Promise<{ granted: number }> {
  const { db, actor, meta } = ctx;
  const person = await db.user.findUnique({
    where: { id: input.userId },
    select: { active: true, hospitalId: true, staffRoles: { select: { id: true }, take: 1 } },
  });
  if (!person?.active) {
    throw new DomainError('BAD_INPUT', 'Choose an active person.', {
      fieldErrors: { userId: ['Choose an active person.'] },
    });
  }
  assertMayChangePerson(actor, {
    hospitalId: person.hospitalId,
    holdsStaffRole: person.staffRoles.length > 0,
  });
  const hospitalIds = input.kind === 'NETWORK_ADMIN' ? [null] : [...new Set(input.hospitalIds)];
  if (input.kind === 'COORDINATOR') {
    const found = await db.hospital.count({ where: { id: { in: input.hospitalIds }, active: true } });
    if (found !== hospitalIds.length) {
      throw new DomainError('BAD_INPUT', 'Choose active hospitals from the list.', {
        fieldErrors: { hospitalIds: ['Choose active hospitals from the list.'] },
      });
    }
  }
  return db.$transaction(async (tx) => {
    const existing = await tx.staffRole.findMany({
      where: { userId: input.userId, kind: input.kind },
      select: { hospitalId: true },
    });
    const held = new Set(existing.map((role) => role.hospitalId));
    const fresh = hospitalIds.filter((id) => !held.has(id));
    for (const hospitalId of fresh) {
      const role = await tx.staffRole.create({
        data: { userId: input.userId, kind: input.kind, hospitalId, grantedById: actor.userId },
        select: { id: true },
      });
      await writeAudit(tx, actor.userId, meta, {
        action: 'staff_role.grant',
        entityType: 'StaffRole',
        entityId: role.id,
        hospitalIds: hospitalId ? [hospitalId] : [],
        metadata: { userId: input.userId, kind: input.kind },
      });
    }
    return { granted: fresh.length };
  });
}

export async function revokeStaffRole(ctx: ActorContext, input: { roleId: string }): Promise<void> {
  const { db, actor, meta } = ctx;
  const { roleId } = input;
  const role = await db.staffRole.findUnique({
    where: { id: roleId },
    include: { user: { select: { hospitalId: true } } },
  });
  if (!role) throw new DomainError('NOT_FOUND', 'No such staff role.');
  assertMayChangePerson(actor, { hospitalId: role.user.hospitalId, holdsStaffRole: true });
  if (role.kind === 'NETWORK_ADMIN') {
    if (role.userId === actor.userId) {
      throw new DomainError('PRECONDITION_FAILED', 'Another network admin must remove your admin role.');
    }
    const admins = await db.staffRole.count({ where: { kind: 'NETWORK_ADMIN', user: { active: true } } });
    if (admins <= 1) throw new DomainError('PRECONDITION_FAILED', 'The network needs at least one admin.');
  }
  await db.$transaction(async (tx) => {
    // The row goes, its history stays in the audit log (with who held it and where).
    await tx.staffRole.delete({ where: { id: roleId } });
    await writeAudit(tx, actor.userId, meta, {
      action: 'staff_role.revoke',
      entityType: 'StaffRole',
      entityId: roleId,
      hospitalIds: role.hospitalId ? [role.hospitalId] : [],
      metadata: { userId: role.userId, kind: role.kind, grantedAt: role.createdAt.toISOString() },
    });
  });
}
