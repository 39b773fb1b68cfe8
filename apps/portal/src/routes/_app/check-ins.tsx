import { createFileRoute } from '@tanstack/react-router';
import { myCheckInsQuery } from '../../features/programme/api.ts';
import { MyCheckInsPage } from '../../features/programme/my-check-ins-page.tsx';

export const Route = createFileRoute('/_app/check-ins')({
  loader: ({ context: { queryClient, trpc } }) => queryClient.ensureQueryData(myCheckInsQuery(trpc)),
  component: MyCheckInsPage,
});
