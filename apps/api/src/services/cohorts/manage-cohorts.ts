import type { Db } from '@preceptor/db';
import {
  COHORT_STATUS_NEXT,
  type CohortDetail,
  type CreateCohortInput,
  type SetCohortStatusInput,
  type UpdateCohortInput,
} from '@preceptor/domain/cohorts/cohort-admin-schemas';
import { DomainError } from '@preceptor/domain/errors';
import type { CohortRef } from '@preceptor/domain/matching/workflow-schemas';
import { type Actor, canAdministerHospital } from '@preceptor/domain/permissions/actor';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';
import { lockCohort } from './cohort-lock.ts';

export async function getCohort(ctx: ActorContext, input: CohortRef): Promise<CohortDetail> {
  const { db, actor } = ctx;
  const { cohortId } = input;
  await cohortForStaff(db, actor, cohortId, false);
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: {
      id: true,
      name: true,
      description: true,
      status: true,
      startDate: true,
      endDate: true,
      hospitals: { select: { hospital: { select: { id: true, name: true, code: true } } } },
    },
  });
  const { hospitals, ...rest } = cohort;
  return {
    ...rest,
    hospitals: hospitals
      .map(({ hospital }) => ({ ...hospital, mine: canAdministerHospital(actor, hospital.id) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    readOnly: cohort.status === 'CLOSED',
    nextStatuses: COHORT_STATUS_NEXT[cohort.status],
  };
}

/**
 * A coordinator may only add hospitals they coordinate; hospitals of other coordinators already
 * in the cohort stay (a coordinator cannot take a partner's hospital out either).
 */
async function checkHospitals(db: Db, actor: Actor, wanted: string[], current: string[]) {
  const unique = [...new Set(wanted)];
  const found = await db.hospital.findMany({
    where: { id: { in: unique } },
    select: { id: true, active: true },
  });
  if (found.length !== unique.length)
    throw DomainError.field('hospitalIds', 'Choose hospitals from the list.');
  const added = unique.filter((id) => !current.includes(id));
  const removed = current.filter((id) => !unique.includes(id));
  if ([...added, ...removed].some((id) => !canAdministerHospital(actor, id))) {
    throw new DomainError('FORBIDDEN', 'You can add or remove only hospitals you coordinate.', {
      fieldErrors: { hospitalIds: ['You can add or remove only hospitals you coordinate.'] },
    });
  }
  if (found.some((h) => added.includes(h.id) && !h.active)) {
    throw DomainError.field('hospitalIds', 'A deactivated hospital cannot join a cohort.');
  }
  if (!unique.some((id) => canAdministerHospital(actor, id))) {
    throw DomainError.field('hospitalIds', 'Include at least one hospital you coordinate.');
  }
  return { unique, added, removed };
}

export async function createCohort(ctx: ActorContext, input: CreateCohortInput): Promise<{ id: string }> {
  const { db, actor, meta } = ctx;
  return db.$transaction(async (tx) => {
    const { unique } = await checkHospitals(tx, actor, input.hospitalIds, []);
    const cohort = await tx.cohort.create({
      data: {
        name: input.name,
        description: input.description || null,
        startDate: input.startDate,
        endDate: input.endDate,
        createdById: actor.userId,
        hospitals: { create: unique.map((hospitalId) => ({ hospitalId })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, actor.userId, meta, {
      action: 'cohort.create',
      entityType: 'Cohort',
      entityId: cohort.id,
      hospitalIds: unique,
      metadata: { name: input.name },
    });
    return cohort;
  });
}

export async function updateCohort(ctx: ActorContext, input: UpdateCohortInput): Promise<void> {
  const { db, actor, meta } = ctx;
  // Checked under the cohort's lock (members are added and matched under it too), so nobody
  // joins from a hospital between the check that it has no members and its removal.
  await db.$transaction(async (tx) => {
    await lockCohort(tx, input.cohortId);
    const cohort = await cohortForStaff(tx, actor, input.cohortId, true);
    const { unique, added, removed } = await checkHospitals(tx, actor, input.hospitalIds, cohort.hospitalIds);
    if (removed.length > 0) {
      const members = await tx.membership.count({
        where: { cohortId: cohort.id, active: true, user: { hospitalId: { in: removed } } },
      });
      if (members > 0) {
        throw DomainError.field('hospitalIds', `Remove the ${members} member(s) from that hospital first.`);
      }
    }
    await tx.cohort.update({
      where: { id: cohort.id },
      data: {
        name: input.name,
        description: input.description || null,
        startDate: input.startDate,
        endDate: input.endDate,
      },
    });
    await tx.cohortHospital.deleteMany({ where: { cohortId: cohort.id, hospitalId: { in: removed } } });
    await tx.cohortHospital.createMany({
      data: added.map((hospitalId) => ({ cohortId: cohort.id, hospitalId })),
    });
    await writeAudit(tx, actor.userId, meta, {
      action: 'cohort.update',
      entityType: 'Cohort',
      entityId: cohort.id,
      hospitalIds: [...new Set([...unique, ...removed])],
      metadata: { name: input.name, hospitalsAdded: added, hospitalsRemoved: removed },
    });
  });
}

export async function setCohortStatus(ctx: ActorContext, input: SetCohortStatusInput): Promise<void> {
  const { db, actor, meta } = ctx;
  const cohort = await cohortForStaff(db, actor, input.cohortId, true);
  if (!COHORT_STATUS_NEXT[cohort.status].includes(input.status)) {
    throw new DomainError(
      'PRECONDITION_FAILED',
      `${cohort.name} is ${cohort.status.toLowerCase()}; it cannot become ${input.status.toLowerCase()}.`,
    );
  }
  await db.$transaction(async (tx) => {
    // Conditional on the status read above, so two staff moving it at once cannot skip a step.
    const moved = await tx.cohort.updateMany({
      where: { id: cohort.id, status: cohort.status },
      data: { status: input.status },
    });
    if (moved.count !== 1) throw new DomainError('CONFLICT', 'Someone else changed this cohort; reload it.');
    await writeAudit(tx, actor.userId, meta, {
      action: 'cohort.status',
      entityType: 'Cohort',
      entityId: cohort.id,
      hospitalIds: cohort.hospitalIds,
      metadata: { from: cohort.status, to: input.status },
    });
  });
}
