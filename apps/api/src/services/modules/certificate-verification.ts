import { DomainError } from '@preceptor/domain/errors';
import type {
  CertificateVerification,
  VerifyCertificateInput,
} from '@preceptor/domain/modules/certificate-schemas';
import type { Throttles } from '../../auth/password-guess-throttle.ts';
import { describeWait } from '../auth-service.ts';
import type { ServiceContext } from '../service-context.ts';

/** One answer for every id that does not name a standing certificate, whatever the reason. */
const NOT_VALID = 'No valid certificate has this ID.';

/**
 * Public verification of a certificate by its id: anyone may ask, nobody signs in. The answer
 * names the person, the module and the day, and nothing else (no email, hospital or score).
 * Lookups are throttled per client address, so ids cannot be tried at volume.
 */
export async function verifyCertificate(
  ctx: ServiceContext & { throttles: Pick<Throttles, 'certificateLookup'> },
  input: VerifyCertificateInput,
): Promise<CertificateVerification> {
  const { db, meta, throttles } = ctx;
  const wait = await throttles.certificateLookup.admit(meta.ipAddress);
  if (wait > 0) {
    throw DomainError.tooManyRequests(
      `Too many certificate lookups. Try again in ${describeWait(wait)}.`,
      wait,
    );
  }
  const progress = await db.moduleProgress.findUnique({
    where: { certificateId: input.certificateId },
    select: {
      status: true,
      completedAt: true,
      user: { select: { firstName: true, lastName: true } },
      version: { select: { title: true } },
    },
  });
  if (progress?.status !== 'COMPLETED' || !progress.completedAt)
    throw new DomainError('NOT_FOUND', NOT_VALID);
  return {
    certificateId: input.certificateId,
    personName: `${progress.user.firstName} ${progress.user.lastName}`,
    moduleTitle: progress.version.title,
    completedOn: progress.completedAt.toISOString().slice(0, 10),
    status: 'valid',
  };
}
