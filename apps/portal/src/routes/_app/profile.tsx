import { createFileRoute } from '@tanstack/react-router';
import { MyProfilePage } from '../../features/people/my-profile-page.tsx';

export const Route = createFileRoute('/_app/profile')({
  component: MyProfilePage,
});
