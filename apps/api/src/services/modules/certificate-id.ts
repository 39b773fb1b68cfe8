import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import type { Prisma } from '@preceptor/db';

/**
 * A new certificate id: 15 random bytes (120 bits) as 24 base32 characters. Random rather than
 * derived from a row id, so holding one certificate says nothing about any other.
 */
export function newCertificateId(): string {
  return encodeBase32UpperCaseNoPadding(crypto.getRandomValues(new Uint8Array(15)));
}

/**
 * The completion's certificate id, issuing one if it has none (completions recorded before ids
 * existed). The conditional update keeps the first id when two downloads race.
 */
export async function certificateIdOf(
  tx: Prisma.TransactionClient,
  progress: { id: string; certificateId: string | null },
): Promise<string> {
  if (progress.certificateId) return progress.certificateId;
  await tx.moduleProgress.updateMany({
    where: { id: progress.id, certificateId: null },
    data: { certificateId: newCertificateId() },
  });
  const issued = await tx.moduleProgress.findUniqueOrThrow({
    where: { id: progress.id },
    select: { certificateId: true },
  });
  if (!issued.certificateId) throw new Error('The certificate id was not stored');
  return issued.certificateId;
}
