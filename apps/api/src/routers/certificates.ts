import {
  CertificateVerification,
  VerifyCertificateInput,
} from '@preceptor/domain/modules/certificate-schemas';
import { verifyCertificate } from '../services/modules/certificate-verification.ts';
import { router } from '../trpc/init.ts';
import { publicProcedure } from '../trpc/procedures.ts';

export const certificatesRouter = router({
  /** Public on purpose: whoever holds a certificate's id may check it, signed in or not. */
  verify: publicProcedure
    .input(VerifyCertificateInput)
    .output(CertificateVerification)
    .query(({ ctx, input }) => verifyCertificate(ctx, input)),
});
