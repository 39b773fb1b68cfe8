import { createFileRoute, redirect } from '@tanstack/react-router';
import { outboxQuery } from '../../../features/email/api.ts';
import { OutboxPage } from '../../../features/email/outbox-page.tsx';

/** The whole network's mail: network administrators only (the API refuses everyone else too). */
export const Route = createFileRoute('/_app/_staff/outbox')({
  beforeLoad: ({ context }) => {
    if (!context.user.isNetworkAdmin) throw redirect({ to: '/' });
  },
  loader: ({ context: { queryClient, trpc } }) => queryClient.ensureQueryData(outboxQuery(trpc, null, 1)),
  component: OutboxPage,
});
