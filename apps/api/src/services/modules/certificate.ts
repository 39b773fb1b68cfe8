import { DomainError } from '@preceptor/domain/errors';
import { LearningObjective } from '@preceptor/domain/modules/module-content';
import { z } from 'zod';
import type { ActorContext } from '../service-context.ts';
import { certificateIdOf } from './certificate-id.ts';

export interface CertificateFacts {
  readonly personName: string;
  readonly moduleTitle: string;
  readonly version: number;
  readonly completedAt: Date;
  /** The version's CE hours as its author set them (not derived from the estimated minutes). */
  readonly ceHours: number;
  /** What the learner can now do: the objectives of the version they completed. */
  readonly objectives: readonly string[];
  readonly certificateId: string;
  readonly programmeName: string;
  /** Where anyone can check the certificate, without signing in. */
  readonly verifyUrl: string;
}

const Objectives = z.array(LearningObjective);

/**
 * The facts for a completion certificate, only for the person who completed the module. Anyone
 * else (and an unfinished module) gets NOT_FOUND: a certificate is nobody else's business.
 * `origin` is where the portal is served, for the verification link printed on it.
 */
export async function certificateFacts(
  ctx: ActorContext,
  input: { moduleId: string; origin: string },
): Promise<CertificateFacts> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const { moduleId } = input;
  return db.$transaction(async (tx) => {
    const progress = await tx.moduleProgress.findUnique({
      where: { userId_moduleId: { userId, moduleId } },
      select: {
        id: true,
        status: true,
        completedAt: true,
        certificateId: true,
        user: { select: { firstName: true, lastName: true } },
        version: { select: { title: true, version: true, ceHours: true, objectives: true } },
      },
    });
    if (progress?.status !== 'COMPLETED' || !progress.completedAt) {
      throw new DomainError('NOT_FOUND', 'There is no certificate for this module yet: complete it first.');
    }
    const certificateId = await certificateIdOf(tx, progress);
    const objectives = Objectives.safeParse(progress.version.objectives);
    return {
      personName: `${progress.user.firstName} ${progress.user.lastName}`,
      moduleTitle: progress.version.title,
      version: progress.version.version,
      completedAt: progress.completedAt,
      ceHours: progress.version.ceHours.toNumber(),
      objectives: objectives.success ? objectives.data.map((objective) => objective.text) : [],
      certificateId,
      programmeName: ctx.config.programmeName,
      verifyUrl: `${ctx.config.publicOrigin ?? input.origin}/verify/${certificateId}`,
    };
  });
}
