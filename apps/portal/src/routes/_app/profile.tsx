import { createFileRoute } from '@tanstack/react-router';
import { myProfileQuery } from '../../features/people/api.ts';
import { MyProfilePage } from '../../features/people/my-profile-page.tsx';

export const Route = createFileRoute('/_app/profile')({
  loader: ({ context: { queryClient, trpc } }) => queryClient.ensureQueryData(myProfileQuery(trpc)),
  component: MyProfilePage,
});
