import { createFileRoute } from '@tanstack/react-router';
import { auditQuery, NO_AUDIT_FILTERS } from '../../../features/audit/api.ts';
import { AuditPage } from '../../../features/audit/audit-page.tsx';

export const Route = createFileRoute('/_app/_staff/audit')({
  loader: ({ context: { queryClient, trpc } }) =>
    queryClient.ensureQueryData(auditQuery(trpc, NO_AUDIT_FILTERS, 1)),
  component: AuditPage,
});
