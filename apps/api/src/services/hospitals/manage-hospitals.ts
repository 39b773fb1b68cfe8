import type { PrismaClient } from '@preceptor/db';
import { DomainError } from '@preceptor/domain/errors';
import type {
  CreateHospitalInput,
  HospitalRow,
  SetHospitalActiveInput,
  UpdateHospitalInput,
} from '@preceptor/domain/hospitals/hospital-schemas';
import { hospitalsInScope } from '../access/scope.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';

/** Staff see the hospitals they administer (admins: all), with their coordinators. */
export async function listHospitals(ctx: ActorContext): Promise<HospitalRow[]> {
  const { db, actor } = ctx;
  const hospitals = await db.hospital.findMany({
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

async function assertCodeFree(db: PrismaClient, code: string, exceptId?: string): Promise<void> {
  const taken = await db.hospital.findUnique({ where: { code }, select: { id: true } });
  if (taken && taken.id !== exceptId) {
    throw new DomainError('CONFLICT', `Another hospital already uses the code ${code}.`, {
      fieldErrors: { code: [`Another hospital already uses the code ${code}.`] },
    });
  }
}

export async function createHospital(ctx: ActorContext, input: CreateHospitalInput): Promise<{ id: string }> {
  const { db, actor, meta } = ctx;
  assertValidZone(input.timeZone);
  await assertCodeFree(db, input.code);
  return db.$transaction(async (tx) => {
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

export async function updateHospital(ctx: ActorContext, input: UpdateHospitalInput): Promise<void> {
  const { db, actor, meta } = ctx;
  const { hospitalId: id, ...fields } = input;
  const before = await db.hospital.findUnique({ where: { id } });
  if (!before) throw new DomainError('NOT_FOUND', 'No such hospital.');
  assertValidZone(fields.timeZone);
  await assertCodeFree(db, fields.code, id);
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
    (key) => fields[key] !== before[key],
  );
  await db.$transaction(async (tx) => {
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
export async function setHospitalActive(ctx: ActorContext, input: SetHospitalActiveInput): Promise<void> {
  const { db, actor, meta } = ctx;
  const { hospitalId, active } = input;
  const hospital = await db.hospital.findUnique({ where: { id: hospitalId }, select: { active: true } });
  if (!hospital) throw new DomainError('NOT_FOUND', 'No such hospital.');
  if (hospital.active === active) return;
  await db.$transaction(async (tx) => {
    await tx.hospital.update({ where: { id: hospitalId }, data: { active } });
    await writeAudit(tx, actor.userId, meta, {
      action: active ? 'hospital.reactivate' : 'hospital.deactivate',
      entityType: 'Hospital',
      entityId: hospitalId,
      hospitalIds: [hospitalId],
    });
  });
}
