import { CertificateId } from '@preceptor/domain/modules/certificate-schemas';
import { createFileRoute } from '@tanstack/react-router';
import { certificateVerificationQuery } from '../features/certificates/api.ts';
import { VerifyCertificatePage } from '../features/certificates/verify-certificate-page.tsx';

// Public: the link printed on every certificate. Works signed out; reveals only what the check returns.
export const Route = createFileRoute('/verify/$certificateId')({
  loader: async ({ context: { queryClient, trpc }, params }) => {
    const parsed = CertificateId.safeParse(params.certificateId);
    if (!parsed.success) return;
    // A refusal (unknown id, too many lookups) is the page's to explain, not a broken route.
    await queryClient.ensureQueryData(certificateVerificationQuery(trpc, parsed.data)).catch(() => undefined);
  },
  component: VerifyCertificateRoute,
});

function VerifyCertificateRoute() {
  const { certificateId } = Route.useParams();
  return <VerifyCertificatePage typedId={certificateId} />;
}
