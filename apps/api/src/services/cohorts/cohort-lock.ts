import type { Prisma } from '@preceptor/db';

/** Serialises matching changes per cohort, so two runs or a run and a publish never interleave. */
export async function lockCohort(tx: Prisma.TransactionClient, cohortId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Cohort" WHERE id = ${cohortId} FOR UPDATE`;
}
