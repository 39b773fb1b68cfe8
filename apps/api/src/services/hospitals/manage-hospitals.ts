import type { PrismaClient } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type {
  CreateHospitalInput,
  HospitalRow,
  UpdateHospitalInput,
} from '@preceptor/domain/hospitals/hospital-schemas';
import type { Actor } from '@preceptor/domain/permissions/actor';
import { hospitalsInScope } from '../access/scope.ts';
import { type RequestMeta, writeAudit } from '../audit-log.ts';

/** Staff see the hospitals they administer (admins: all), with their coordinators. */
export async function listHospitals(prisma: PrismaClient, actor: Actor): Promise<HospitalRow[]> {
  const hospitals = await prisma.hospital.findMany({
    where: hospitalsInScope(actor),
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      code: true,
      city: true,
      state: true,
      timeZone: true,
      active: true,
      _count: { select: { people: { where: { active: true } } } },
      staffRoles: {
        where: { kind: 'COORDINATOR' },
        select: { user: { select: { id: true, firstName: true, lastName: true } } },
      },
    },
  });
  return hospitals.map(({ _count, staffRoles, ...hospital }) => ({
    ...hospital,
    peopleCount: _count.people,
    coordinators: staffRoles.map(({ user }) => ({
      userId: user.id,
      name: `${user.firstName} ${user.lastName}`,
    })),
  }));
}

function assertValidZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new DomainError('BAD_INPUT', 'Unknown time zone.', {
      fieldErrors: { timeZone: ['Unknown time zone; use a name such as America/Chicago.'] },
    });
  }
}

async function assertCodeFree(prisma: PrismaClient, code: string, exceptId?: string): Promise<void> {
  const taken = await prisma.hospital.findUnique({ where: { code }, select: { id: true } });
  if (taken && taken.id !== exceptId) {
    throw new DomainError('CONFLICT', `Another hospital already uses the code ${code}.`, {
      fieldErrors: { code: [`Another hospital already uses the code ${code}.`] },
    });
  }
}

export async function createHospital(
  prisma: PrismaClient,
  actor: Actor,
  input: CreateHospitalInput,
  meta: RequestMeta,
): Promise<{ id: string }> {
  assertValidZone(input.timeZone);
  await assertCodeFree(prisma, input.code);
  return prisma.$transaction(async (tx) => {
    const hospital = await tx.hospital.create({ data: input, select: { id: true } });
    await writeAudit(tx, actor.userId, meta, {
      action: 'hospital.create',
      entityType: 'Hospital',
      entityId: hospital.id,
      hospitalIds: [hospital.id],
      metadata: { ...input },
    });
    return hospital;
  });
}

export async function updateHospital(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdateHospitalInput,
  meta: RequestMeta,
): Promise<void> {
  const { id, ...fields } = input;
  const before = await prisma.hospital.findUnique({ where: { id } });
  if (!before) throw new DomainError('NOT_FOUND', 'No such hospital.');
  assertValidZone(fields.timeZone);
  await assertCodeFree(prisma, fields.code, id);
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
    (key) => fields[key] !== before[key],
  );
  await prisma.$transaction(async (tx) => {
    await tx.hospital.update({ where: { id }, data: fields });
    await writeAudit(tx, actor.userId, meta, {
      action: 'hospital.update',
      entityType: 'Hospital',
      entityId: id,
      hospitalIds: [id],
      metadata: {
        changed: Object.fromEntries(changed.map((key) => [key, { from: before[key], to: fields[key] }])),
      },
    });
  });
}

/** A deactivated hospital keeps its people and history; its coordinators lose their powers there. */
export async function setHospitalActive(
  prisma: PrismaClient,
  actor: Actor,
  input: { id: string; active: boolean },
  meta: RequestMeta,
): Promise<void> {
  const hospital = await prisma.hospital.findUnique({ where: { id: input.id }, select: { active: true } });
  if (!hospital) throw new DomainError('NOT_FOUND', 'No such hospital.');
  if (hospital.active === input.active) return;
  await prisma.$transaction(async (tx) => {
    await tx.hospital.update({ where: { id: input.id }, data: { active: input.active } });
    await writeAudit(tx, actor.userId, meta, {
      action: input.active ? 'hospital.reactivate' : 'hospital.deactivate',
      entityType: 'Hospital',
      entityId: input.id,
      hospitalIds: [input.id],
    });
  });
}
