import { createFileRoute } from '@tanstack/react-router';
import { MenteeProgressPage } from '../../../features/modules/mentee-progress-page.tsx';

export const Route = createFileRoute('/_app/_mentor/mentee-modules')({
  component: MenteeProgressPage,
});
