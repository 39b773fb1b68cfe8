import { createFileRoute } from '@tanstack/react-router';
import { VerifyCertificatePage } from '../features/certificates/verify-certificate-page.tsx';

// Public: for an ID typed from a paper certificate.
export const Route = createFileRoute('/verify/')({
  component: () => <VerifyCertificatePage typedId={null} />,
});
