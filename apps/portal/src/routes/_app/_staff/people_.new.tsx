import { createFileRoute } from '@tanstack/react-router';
import { NewPersonPage } from '../../../features/people/new-person-page.tsx';

export const Route = createFileRoute('/_app/_staff/people_/new')({
  component: NewPersonPage,
});
