import type { PrismaClient } from '@preceptor/db';
import { MatchingWeights, weightsOrDefault } from '@preceptor/domain/matching/weights';
import type { UpdateWeightsInput, WeightsView } from '@preceptor/domain/matching/workflow-schemas';
import type { Actor } from '@preceptor/domain/permissions/actor';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { type RequestMeta, writeAudit } from '../audit-log.ts';

export async function getMatchingWeights(
  prisma: PrismaClient,
  actor: Actor,
  cohortId: string,
): Promise<WeightsView> {
  const cohort = await cohortForStaff(prisma, actor, cohortId, false);
  return {
    cohortId: cohort.id,
    cohortName: cohort.name,
    readOnly: cohort.status === 'CLOSED',
    weights: weightsOrDefault(cohort.matchingWeights),
    usingDefaults: !MatchingWeights.safeParse(cohort.matchingWeights).success,
  };
}

/** Saves the cohort's factor weights; the next run uses them. */
export async function updateMatchingWeights(
  prisma: PrismaClient,
  actor: Actor,
  meta: RequestMeta,
  input: UpdateWeightsInput,
): Promise<WeightsView> {
  await prisma.$transaction(async (tx) => {
    const cohort = await cohortForStaff(tx, actor, input.cohortId, true);
    await tx.cohort.update({ where: { id: cohort.id }, data: { matchingWeights: input.weights } });
    await writeAudit(tx, actor.userId, meta, {
      action: 'cohort.matching-weights.update',
      entityType: 'Cohort',
      entityId: cohort.id,
      hospitalIds: cohort.hospitalIds,
      metadata: { before: weightsOrDefault(cohort.matchingWeights), after: input.weights },
    });
  });
  return getMatchingWeights(prisma, actor, input.cohortId);
}
