import type { TrpcOptions } from '../../lib/trpc.ts';

/** The public check of one certificate; the id is already in its stored form (see CertificateId). */
export const certificateVerificationQuery = (trpc: TrpcOptions, certificateId: string) => ({
  ...trpc.certificates.verify.queryOptions({ certificateId }),
  // Every miss counts against this address's lookups: never ask twice for one page view.
  retry: false,
  retryOnMount: false,
  staleTime: 5 * 60 * 1000,
});
