import { MatchingWeights, weightsOrDefault } from '@preceptor/domain/matching/weights';
import type { UpdateWeightsInput, WeightsView } from '@preceptor/domain/matching/workflow-schemas';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { writeAudit } from '../audit-log.ts';
import type { ActorContext } from '../service-context.ts';

export async function getMatchingWeights(
  ctx: ActorContext,
  input: { cohortId: string },
): Promise<WeightsView> {
  const { db, actor } = ctx;
  const { cohortId } = input;
  const cohort = await cohortForStaff(db, actor, cohortId, false);
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
  ctx: ActorContext,
  input: UpdateWeightsInput,
): Promise<WeightsView> {
  const { db, actor, meta } = ctx;
  await db.$transaction(async (tx) => {
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
  return getMatchingWeights(ctx, input);
}
